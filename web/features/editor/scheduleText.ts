// Opening rules in words ("Elke 2e en laatste dinsdag van de maand, van 10:00 tot 12:00"), so an
// owner can read back what they entered and a steward can read a change to the hours.
import type { TFunction } from 'i18next';
import { formatDay, formatList, localeOf } from '../listing/format.ts';
import { weekdayCodes, type WeekOfMonth, type Weekday } from './draft.ts';

type Rule = { days: readonly Weekday[]; opens: string; closes: string; weeksOfMonth?: readonly WeekOfMonth[] | undefined; validFrom?: string | undefined; validUntil?: string | undefined };

/** "maandag" / "Monday": 1 January 2024 was a Monday. */
export function dayName(day: Weekday, language: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdayCodes.indexOf(day), 12));
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export function ruleText(rule: Rule, t: TFunction, language: string): string {
  if (rule.days.length === 0 || !rule.opens || !rule.closes) return t('editor:schedule.incomplete');
  const days = formatList(
    weekdayCodes.filter((d) => rule.days.includes(d)).map((d) => dayName(d, language)),
    language,
  );
  const weeks = rule.weeksOfMonth?.length
    ? formatList(
        [...rule.weeksOfMonth].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b)).map((w) => t(`editor:schedule.ordinal.${w === -1 ? 'last' : w}`)),
        language,
      )
    : null;
  const text = weeks
    ? t('editor:schedule.summaryMonthly', { weeks, days, opens: rule.opens, closes: rule.closes })
    : t('editor:schedule.summaryWeekly', { days, opens: rule.opens, closes: rule.closes });
  if (rule.validFrom && rule.validUntil)
    return `${text} ${t('editor:schedule.summaryBetween', { from: formatDay(rule.validFrom, language), until: formatDay(rule.validUntil, language) })}`;
  if (rule.validFrom) return `${text} ${t('editor:schedule.summaryFrom', { from: formatDay(rule.validFrom, language) })}`;
  if (rule.validUntil) return `${text} ${t('editor:schedule.summaryUntil', { until: formatDay(rule.validUntil, language) })}`;
  return text;
}
