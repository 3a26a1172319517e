// Opening-hours rules ("wanneer"): concrete openings, "nu open" and "volgende keer".
//
// Pure functions: the current time is always an argument, nothing reads the clock or does I/O.
// All wall-clock reasoning happens in Europe/Amsterdam, whatever the machine's TZ is: a
// buurthuis opens at 09:00 Amsterdam time, also when the server runs in UTC.
//
// How it fits together, bottom-up:
//   calendar days ("YYYY-MM-DD")  -> which rules apply on a day (weekday, nth week, season)
//   -> openingsOn(day)            -> minus closures and public holidays, as real instants
//   -> occurrencesBetween / nextOccurrence / openingState (the public API).
import Holidays from 'date-holidays';
import { minutesOf, weekdays, type OpeningRule, type Schedule, type Weekday } from './schedule.ts';

export const TIME_ZONE = 'Europe/Amsterdam';

/** No search looks further than this many days; a schedule is about the coming year at most. */
export const MAX_SEARCH_DAYS = 400;

/** One concrete opening: `start` inclusive, `end` exclusive. */
export interface Opening {
  start: Date;
  end: Date;
}

export type OpeningState =
  | { state: 'open'; closesAt: Date }
  /** `reason` is only set when today had hours but is closed for a holiday or closure. */
  | { state: 'closed'; nextOpening: Opening | null; reason?: 'holiday' | 'closure' }
  /** No fixed hours: "op afspraak". */
  | { state: 'by_appointment' }
  /** No hours known at all. */
  | { state: 'unknown' };

// ---------------------------------------------------------------------------------------------
// Dutch public holidays

// Which holidays count: exactly those date-holidays marks as type 'public' for NL. For 2026 that
// is Nieuwjaar, Pasen + Tweede paasdag, Koningsdag (on 26 April when the 27th is a Sunday),
// Hemelvaartsdag, Pinksteren + Tweede pinksterdag, Kerstmis + Tweede kerstdag.
//
// Deliberately NOT counted (date-holidays marks both as 'school', not 'public'):
// - Goede Vrijdag: a normal working day for most employers, gemeenten and welzijnswerk; places
//   that do close add a closure.
// - Bevrijdingsdag (5 May): a national holiday, but most collective agreements give it off only
//   once every five years (2025, 2030, ...). Counting it would show most buurthuizen as closed
//   when they are open. Places that close on 5 May add a closure for that day.
// Oudejaarsdag ('bank') and observances like Sinterklaas do not count either.

// date-holidays parses its whole rule set on construction: build it once, and cache per year.
const dutchHolidays = new Holidays('NL', { timezone: TIME_ZONE });
const publicHolidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/** The Dutch public holiday on `localDate` ("YYYY-MM-DD"), or null. Throws on a malformed date. */
export function isDutchPublicHoliday(localDate: string): { name: string } | null {
  const year = parseLocalDate(localDate).year;
  let byDate = publicHolidaysByYear.get(year);
  if (!byDate) {
    byDate = new Map(
      dutchHolidays
        .getHolidays(year, 'nl')
        .filter((h) => h.type === 'public')
        // `date` is the local date as "YYYY-MM-DD hh:mm:ss".
        .map((h) => [h.date.slice(0, 10), h.name] as const),
    );
    publicHolidaysByYear.set(year, byDate);
  }
  const name = byDate.get(localDate);
  return name === undefined ? null : { name };
}

// ---------------------------------------------------------------------------------------------
// Calendar days. A local date is the "YYYY-MM-DD" string also used by validFrom and closures,
// so comparing two of them is plain string comparison.
//
// Day arithmetic runs on UTC midnights: in UTC every day has 24 hours, so adding a day or asking
// the weekday can never trip over DST. Only `zonedInstant` below needs the time zone.

type LocalDate = string;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  // The round trip rejects dates like 2026-02-30 that Date.UTC would silently roll over.
  if (!m || new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a valid date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return { year, month, day };
}

/** Milliseconds of UTC midnight on this date: the "naive" timeline calendar arithmetic uses. */
const naiveMidnight = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`);
const fromNaive = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: LocalDate, days: number): LocalDate => fromNaive(naiveMidnight(date) + days * DAY_MS);

function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay() counts from Sunday = 0; our weekdays start at Monday.
  return weekdays[(new Date(naiveMidnight(date)).getUTCDay() + 6) % 7]!;
}

function daysInMonth(date: LocalDate): number {
  const { year, month } = parseLocalDate(date);
  return new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of next month = last of this one
}

/**
 * Is `date` the nth such weekday of its month ("elke 2e dinsdag"), or the last one (-1)?
 *
 * Why this works: days 1–7 of any month hold exactly one of each weekday, days 8–14 the second
 * of each, and so on. So the day of the month alone says which occurrence this is:
 * nth = ceil(day / 7). It is the last one when the same weekday a week later is in the next
 * month. A 5th occurrence only falls on the 29th–31st; months without one are skipped, never
 * rolled over into the next month.
 */
function isWeekOfMonth(date: LocalDate, week: NonNullable<OpeningRule['weeksOfMonth']>[number]): boolean {
  const day = parseLocalDate(date).day;
  if (week === -1) return day + 7 > daysInMonth(date);
  return Math.ceil(day / 7) === week;
}

function ruleAppliesOn(rule: OpeningRule, date: LocalDate): boolean {
  if (rule.validFrom !== undefined && date < rule.validFrom) return false;
  if (rule.validUntil !== undefined && date > rule.validUntil) return false;
  if (!rule.days.includes(weekdayOf(date))) return false;
  return rule.weeksOfMonth === undefined || rule.weeksOfMonth.some((week) => isWeekOfMonth(date, week));
}

// ---------------------------------------------------------------------------------------------
// Wall clock <-> instant in Amsterdam

// One formatter, reused: constructing Intl formatters is slow. hourCycle 'h23' because some
// engines print midnight as "24" with hour12: false.
const amsterdamClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** What Amsterdam clocks show at `instantMs`, written on the naive (UTC) timeline. */
/**
 * Amsterdam's offset only changes on a whole UTC hour (01:00 UTC at the DST switches), so it is
 * asked of Intl once per UTC hour and remembered: Intl formatting is by far the slowest step here.
 */
const offsetByUtcHour = new Map<number, number>();

function amsterdamNaive(instantMs: number): number {
  const hour = Math.floor(instantMs / 3_600_000);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    if (offsetByUtcHour.size > 50_000) offsetByUtcHour.clear();
    offset = amsterdamNaiveViaIntl(hour * 3_600_000) - hour * 3_600_000;
    offsetByUtcHour.set(hour, offset);
  }
  return instantMs + offset;
}

function amsterdamNaiveViaIntl(instantMs: number): number {
  const parts = amsterdamClock.formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wholeSeconds = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wholeSeconds + (((instantMs % 1000) + 1000) % 1000);
}

/** Amsterdam's offset from UTC at `instantMs`: +1 h in winter (CET), +2 h in summer (CEST). */
const offsetAt = (instantMs: number): number => amsterdamNaive(instantMs) - instantMs;

function localDateOf(instant: Date): LocalDate {
  return fromNaive(amsterdamNaive(instant.getTime()));
}

/**
 * The instant at which Amsterdam clocks show `minutes` past midnight on `date` (1440 = 24:00,
 * i.e. midnight at the end of the day).
 *
 * Why this is not a one-liner: the offset depends on the instant we are looking for. Only two
 * offsets are possible — the one a day before and the one a day after, as DST switches are
 * months apart — and around a switch a wall-clock time may be ambiguous or not exist:
 * - last Sunday of October, 02:00–03:00 happens twice (03:00 CEST falls back to 02:00 CET);
 *   we take the first, as a visitor reading "02:30" would.
 * - last Sunday of March, 02:00–03:00 does not exist (02:00 CET jumps to 03:00 CEST); such a
 *   time moves forward by the gap, so "02:30" becomes 03:30 CEST.
 * This is the same choice as Temporal's 'compatible' disambiguation.
 */
function zonedInstant(date: LocalDate, minutes: number): Date {
  const naive = naiveMidnight(date) + minutes * MINUTE_MS;
  const offsetBefore = offsetAt(naive - DAY_MS);
  const offsetAfter = offsetAt(naive + DAY_MS);
  // A larger offset gives an earlier instant, so try that one first.
  for (const offset of [Math.max(offsetBefore, offsetAfter), Math.min(offsetBefore, offsetAfter)]) {
    const candidate = naive - offset;
    if (amsterdamNaive(candidate) === naive) return new Date(candidate);
  }
  // In the spring gap: read the time with the winter offset, which lands just after the jump.
  return new Date(naive - offsetBefore);
}

// ---------------------------------------------------------------------------------------------
// Openings per day

interface Day {
  openings: Opening[];
  /** Set when rules would have opened this day but a closure or holiday prevents it. */
  closedBy?: 'holiday' | 'closure';
}

function openingsOn(schedule: Schedule, date: LocalDate): Day {
  const rules = schedule.rules.filter((rule) => ruleAppliesOn(rule, date));
  if (rules.length === 0) return { openings: [] };
  // A closure covers whole local days, both ends inclusive.
  if (schedule.closures.some((c) => c.from <= date && date <= c.until)) return { openings: [], closedBy: 'closure' };
  if (schedule.closedOnHolidays && isDutchPublicHoliday(date)) return { openings: [], closedBy: 'holiday' };

  const openings = rules
    .map((rule) => ({ start: zonedInstant(date, minutesOf(rule.opens)), end: zonedInstant(date, minutesOf(rule.closes)) }))
    // 02:00–03:00 on the spring DST day has no real time in it.
    .filter((o) => o.end > o.start)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  // Two rules that give the very same opening (e.g. overlapping seasons) count once.
  return {
    openings: openings.filter(
      (o, i) => i === 0 || o.start.getTime() !== openings[i - 1]!.start.getTime() || o.end.getTime() !== openings[i - 1]!.end.getTime(),
    ),
  };
}

function assertValidDate(name: string, value: Date): void {
  if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is an invalid Date`);
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Concrete openings that overlap the window [from, to): one already in progress at `from` is
 * included. Sorted by start. The window is capped at MAX_SEARCH_DAYS after `from`.
 */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date): Opening[] {
  assertValidDate('from', from);
  assertValidDate('to', to);
  const until = new Date(Math.min(to.getTime(), from.getTime() + MAX_SEARCH_DAYS * DAY_MS));
  const result: Opening[] = [];
  if (until <= from) return result;
  // Openings never cross midnight, so the local days of `from` and `until` bound the search.
  // Days come in order and each day's openings are sorted, so the result is sorted too.
  const lastDate = localDateOf(until);
  for (let date = localDateOf(from); date <= lastDate; date = addDays(date, 1)) {
    for (const o of openingsOn(schedule, date).openings) {
      if (o.end > from && o.start < until) result.push(o);
    }
  }
  return result;
}

/** The first opening that starts at or after `from` (within MAX_SEARCH_DAYS), or null. */
export function nextOccurrence(schedule: Schedule, from: Date): Opening | null {
  assertValidDate('from', from);
  const limit = from.getTime() + MAX_SEARCH_DAYS * DAY_MS;
  let date = localDateOf(from);
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++, date = addDays(date, 1)) {
    for (const o of openingsOn(schedule, date).openings) {
      if (o.start.getTime() >= limit) return null;
      if (o.start >= from) return o;
    }
  }
  return null;
}

/** "Nu open (tot 17:00)", "gesloten (opent di 09:00)", "op afspraak" or unknown, at `now`. */
export function openingState(schedule: Schedule, now: Date): OpeningState {
  assertValidDate('now', now);
  if (schedule.rules.length === 0) return schedule.byAppointment ? { state: 'by_appointment' } : { state: 'unknown' };

  // Openings end at 24:00 at the latest, so only today's openings can be in progress.
  const today = localDateOf(now);
  const day = openingsOn(schedule, today);
  const current = day.openings.filter((o) => o.start <= now && now < o.end);
  if (current.length > 0) {
    const end = Math.max(...current.map((o) => o.end.getTime()));
    return { state: 'open', closesAt: endOfStretch(schedule, today, new Date(end)) };
  }

  const nextOpening = nextOccurrence(schedule, now);
  return day.closedBy ? { state: 'closed', nextOpening, reason: day.closedBy } : { state: 'closed', nextOpening };
}

/**
 * Openings that overlap or touch (09:00–12:00 and 12:00–17:00; or Friday 20:00–24:00 and
 * Saturday 00:00–02:00) are one stretch to a visitor: "open tot 17:00", not "tot 12:00".
 *
 * One pass per day is enough because each day's openings are sorted by start: `end` only grows,
 * so an opening that starts after `end` when we meet it cannot be reached later in that day.
 */
function endOfStretch(schedule: Schedule, startDate: LocalDate, end: Date): Date {
  let date = startDate;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    for (const o of openingsOn(schedule, date).openings) {
      if (o.start <= end && o.end > end) end = o.end;
    }
    date = addDays(date, 1);
    if (end < zonedInstant(date, 0)) return end; // the stretch does not reach the next day
  }
  return end; // open around the clock: stop at the search limit
}

/** The opening state with its instants as ISO strings, as the API sends it. */
export function serialiseOpeningState(state: OpeningState) {
  switch (state.state) {
    case 'open':
      return { state: 'open' as const, closesAt: state.closesAt.toISOString() };
    case 'closed':
      return {
        state: 'closed' as const,
        nextOpening: state.nextOpening ? { start: state.nextOpening.start.toISOString(), end: state.nextOpening.end.toISOString() } : null,
        ...(state.reason ? { reason: state.reason } : {}),
      };
    default:
      return state;
  }
}
