// The opening hours as they are stored, in words ("dinsdag en donderdag, 10:00 – 12:00"; "elke 2e
// en laatste woensdag van de maand"), for the owner to check: not the next dates, the rules.
import { useTranslation } from 'react-i18next';
import type { Listing } from '../../api/client.ts';
import { formatDay, formatList, localeOf } from '../listing/format.ts';

type Schedule = Listing['schedule'];
type Rule = Schedule['rules'][number];

const weekdayIndex = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;

/** "dinsdag" / "Tuesday": 2024-01-01 was a Monday. */
function dayName(day: Rule['days'][number], language: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdayIndex[day], 12));
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export function ScheduleText({ schedule }: { schedule: Schedule }) {
  const { t, i18n } = useTranslation('freshness');
  const lng = i18n.language;

  const describe = (rule: Rule) => {
    const days = formatList(rule.days.map((d) => dayName(d, lng)), lng);
    const weeks = rule.weeksOfMonth ? formatList(rule.weeksOfMonth.map((w) => t(`schedule.week.${w === -1 ? 'last' : w}`)), lng) : null;
    const text = weeks
      ? t('schedule.monthly', { weeks, days, opens: rule.opens, closes: rule.closes })
      : t('schedule.weekly', { days, opens: rule.opens, closes: rule.closes });
    const from = rule.validFrom ? t('schedule.from', { date: formatDay(rule.validFrom, lng) }) : '';
    const until = rule.validUntil ? t('schedule.until', { date: formatDay(rule.validUntil, lng) }) : '';
    return [text, from, until].filter(Boolean).join(' ');
  };

  return (
    <>
      {schedule.rules.length > 0 ? (
        <ul className="sk-check__rules">
          {schedule.rules.map((rule, i) => (
            <li key={i}>{describe(rule)}</li>
          ))}
        </ul>
      ) : (
        !schedule.byAppointment && <p>{t('schedule.none')}</p>
      )}
      {schedule.byAppointment && <p>{t('schedule.byAppointment')}</p>}
      {schedule.rules.length > 0 && <p>{schedule.closedOnHolidays ? t('schedule.closedOnHolidays') : t('schedule.openOnHolidays')}</p>}
      {schedule.closures.map((c) => (
        <p key={`${c.from}-${c.until}`}>
          {t('schedule.closure', { from: formatDay(c.from, lng), until: formatDay(c.until, lng) })}
          {c.reason ? ` (${c.reason})` : ''}
        </p>
      ))}
      {schedule.note && <p lang="nl">{schedule.note}</p>}
    </>
  );
}
