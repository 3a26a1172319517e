// Opening hours: expected instants are written with explicit offsets (+01:00 CET in winter,
// +02:00 CEST in summer), so these tests do not lean on the code's own time-zone arithmetic.
import t from 'tap';
import Holidays from 'date-holidays';
import { Schedule } from '../../api/listings/schedule.ts';
import {
  MAX_SEARCH_DAYS,
  isDutchPublicHoliday,
  nextOccurrence,
  occurrencesBetween,
  openingState,
  type Opening,
} from '../../api/listings/hours.ts';

const schedule = (input: unknown): Schedule => Schedule.parse(input);
const at = (iso: string): Date => new Date(iso);
const pairs = (openings: Opening[]): Array<[string, string]> =>
  openings.map((o) => [o.start.toISOString(), o.end.toISOString()]);
const pair = (start: string, end: string): [string, string] => [at(start).toISOString(), at(end).toISOString()];
const HOUR = 3_600_000;

// Local (Amsterdam) calendar date of each opening's start, via Intl: an independent check.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
const startDates = (openings: Opening[]): string[] => openings.map((o) => amsterdamDate.format(o.start));

const YEAR_2026: [Date, Date] = [at('2026-01-01T00:00:00+01:00'), at('2027-01-01T00:00:00+01:00')];

t.test('isDutchPublicHoliday', async (t) => {
  t.test('the public holidays, with dates checked against date-holidays', async (t) => {
    t.strictSame(isDutchPublicHoliday('2026-01-01'), { name: 'Nieuwjaar' });
    t.strictSame(isDutchPublicHoliday('2026-04-05'), { name: 'Pasen' });
    t.strictSame(isDutchPublicHoliday('2026-04-06'), { name: 'Tweede paasdag' });
    t.strictSame(isDutchPublicHoliday('2027-03-29'), { name: 'Tweede paasdag' });
    t.strictSame(isDutchPublicHoliday('2026-05-14'), { name: 'Hemelvaartsdag' });
    t.strictSame(isDutchPublicHoliday('2026-05-24'), { name: 'Pinksteren' });
    t.strictSame(isDutchPublicHoliday('2026-05-25'), { name: 'Tweede pinksterdag' });
    t.strictSame(isDutchPublicHoliday('2026-12-25'), { name: 'Kerstmis' });
    t.strictSame(isDutchPublicHoliday('2026-12-26'), { name: 'Tweede kerstdag' });
  });

  t.test('Koningsdag: 27 April, or Saturday the 26th when the 27th is a Sunday', async (t) => {
    t.equal(new Date(Date.UTC(2026, 3, 27)).getUTCDay(), 1, '27 April 2026 is a Monday');
    t.strictSame(isDutchPublicHoliday('2026-04-27'), { name: 'Koningsdag' });
    t.equal(new Date(Date.UTC(2025, 3, 27)).getUTCDay(), 0, '27 April 2025 is a Sunday');
    t.strictSame(isDutchPublicHoliday('2025-04-26'), { name: 'Koningsdag' });
    t.equal(isDutchPublicHoliday('2025-04-27'), null);
  });

  t.test('days that are deliberately not counted', async (t) => {
    t.equal(isDutchPublicHoliday('2026-04-03'), null, 'Goede Vrijdag');
    t.equal(isDutchPublicHoliday('2026-05-05'), null, 'Bevrijdingsdag');
    t.equal(isDutchPublicHoliday('2025-05-05'), null, 'Bevrijdingsdag, also in a lustrum year');
    t.equal(isDutchPublicHoliday('2026-12-31'), null, 'Oudejaarsdag');
    t.equal(isDutchPublicHoliday('2026-12-05'), null, 'Sinterklaasavond');
    t.equal(isDutchPublicHoliday('2026-06-10'), null, 'an ordinary Wednesday');
  });

  t.test('matches every public NL holiday of date-holidays for 2024-2030, and nothing else', async (t) => {
    const library = new Holidays('NL');
    for (let year = 2024; year <= 2030; year++) {
      const expected = new Set(library.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      const found: string[] = [];
      for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
        const date = new Date(d).toISOString().slice(0, 10);
        if (isDutchPublicHoliday(date)) found.push(date);
      }
      t.strictSame(new Set(found), expected, `year ${year}`);
      t.equal(found.length, 9, `${year}: nine public holidays (incl. Pasen/Pinksteren on Sunday)`);
    }
  });

  t.test('rejects malformed dates', async (t) => {
    for (const bad of ['2026-4-27', '27-04-2026', '2026-02-30', '2026-13-01', '', 'Koningsdag', '2026-04-27T00:00']) {
      t.throws(() => isDutchPublicHoliday(bad), RangeError, JSON.stringify(bad));
    }
  });
});

t.test('occurrencesBetween: weekly slots', async (t) => {
  const s = schedule({
    rules: [
      { days: ['MO', 'WE'], opens: '09:00', closes: '12:00' },
      { days: ['FR'], opens: '13:30', closes: '16:00' },
    ],
  });
  t.strictSame(pairs(occurrencesBetween(s, at('2026-06-08T00:00:00+02:00'), at('2026-06-15T00:00:00+02:00'))), [
    pair('2026-06-08T09:00:00+02:00', '2026-06-08T12:00:00+02:00'),
    pair('2026-06-10T09:00:00+02:00', '2026-06-10T12:00:00+02:00'),
    pair('2026-06-12T13:30:00+02:00', '2026-06-12T16:00:00+02:00'),
  ]);
  // Winter time: the same wall-clock hours are one hour later in UTC than in summer.
  t.strictSame(pairs(occurrencesBetween(s, at('2026-01-12T00:00:00+01:00'), at('2026-01-13T00:00:00+01:00'))), [
    ['2026-01-12T08:00:00.000Z', '2026-01-12T11:00:00.000Z'],
  ]);
});

t.test('occurrencesBetween: the window', async (t) => {
  const s = schedule({ rules: [{ days: ['MO'], opens: '09:00', closes: '12:00' }] });
  t.strictSame(
    pairs(occurrencesBetween(s, at('2026-06-08T10:00:00+02:00'), at('2026-06-09T00:00:00+02:00'))),
    [pair('2026-06-08T09:00:00+02:00', '2026-06-08T12:00:00+02:00')],
    'an opening in progress at `from` is included',
  );
  t.strictSame(occurrencesBetween(s, at('2026-06-08T12:00:00+02:00'), at('2026-06-09T00:00:00+02:00')), [], 'one that ended exactly at `from` is not');
  t.strictSame(occurrencesBetween(s, at('2026-06-01T12:00:00+02:00'), at('2026-06-08T09:00:00+02:00')), [], '`to` is exclusive');
  t.strictSame(occurrencesBetween(s, at('2026-06-15T00:00:00+02:00'), at('2026-06-08T00:00:00+02:00')), [], 'from after to');
  t.throws(() => occurrencesBetween(s, new Date('nonsense'), at('2026-06-08T00:00:00+02:00')), RangeError);
});

t.test('occurrencesBetween: sorted, duplicates once', async (t) => {
  const s = schedule({
    rules: [
      { days: ['TU'], opens: '13:00', closes: '17:00' },
      { days: ['TU'], opens: '09:00', closes: '12:00' },
      { days: ['TU', 'TH'], opens: '09:00', closes: '12:00', validFrom: '2026-06-01' },
    ],
  });
  t.strictSame(pairs(occurrencesBetween(s, at('2026-06-08T00:00:00+02:00'), at('2026-06-12T00:00:00+02:00'))), [
    pair('2026-06-09T09:00:00+02:00', '2026-06-09T12:00:00+02:00'),
    pair('2026-06-09T13:00:00+02:00', '2026-06-09T17:00:00+02:00'),
    pair('2026-06-11T09:00:00+02:00', '2026-06-11T12:00:00+02:00'),
  ]);
});

t.test('occurrencesBetween: the search is capped at MAX_SEARCH_DAYS', async (t) => {
  const s = schedule({ rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '09:00', closes: '17:00' }], closedOnHolidays: false });
  const from = at('2026-01-01T00:00:00+01:00');
  const all = occurrencesBetween(s, from, at('2030-01-01T00:00:00+01:00'));
  t.equal(MAX_SEARCH_DAYS, 400);
  t.equal(all.length, 400, 'one opening a day for 400 days');
  t.equal(amsterdamDate.format(all[0]!.start), '2026-01-01');
  t.equal(amsterdamDate.format(all.at(-1)!.start), '2027-02-04');
});

t.test('weeksOfMonth', async (t) => {
  t.test('"elke 2e dinsdag van de maand"', async (t) => {
    const s = schedule({ rules: [{ days: ['TU'], weeksOfMonth: [2], opens: '19:30', closes: '21:30' }] });
    const found = occurrencesBetween(s, ...YEAR_2026);
    t.strictSame(startDates(found), [
      '2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09',
      '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08',
    ]);
    t.strictSame(pairs(found.slice(0, 1)), [pair('2026-01-13T19:30:00+01:00', '2026-01-13T21:30:00+01:00')]);
  });

  t.test('"elke 2e en 4e dinsdag"', async (t) => {
    const s = schedule({ rules: [{ days: ['TU'], weeksOfMonth: [2, 4], opens: '10:00', closes: '11:00' }] });
    t.strictSame(startDates(occurrencesBetween(s, at('2026-01-01T00:00:00+01:00'), at('2026-04-01T00:00:00+02:00'))), [
      '2026-01-13', '2026-01-27', '2026-02-10', '2026-02-24', '2026-03-10', '2026-03-24',
    ]);
  });

  t.test('"laatste vrijdag van de maand" (and Kerst on the last Friday of 2026)', async (t) => {
    const lastFridays = [
      '2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29', '2026-06-26',
      '2026-07-31', '2026-08-28', '2026-09-25', '2026-10-30', '2026-11-27', '2026-12-25',
    ];
    const rule = { days: ['FR'], weeksOfMonth: [-1], opens: '15:00', closes: '17:00' };
    const closed = schedule({ rules: [rule] });
    t.strictSame(startDates(occurrencesBetween(closed, ...YEAR_2026)), lastFridays.slice(0, 11), '25 Dec is Kerstmis');
    const open = schedule({ rules: [rule], closedOnHolidays: false });
    t.strictSame(startDates(occurrencesBetween(open, ...YEAR_2026)), lastFridays);
  });

  t.test('a 5th weekday only in months that have one, never rolled into the next month', async (t) => {
    const s = schedule({ rules: [{ days: ['MO'], weeksOfMonth: [5], opens: '10:00', closes: '12:00' }] });
    t.strictSame(startDates(occurrencesBetween(s, ...YEAR_2026)), ['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30']);
  });

  t.test('several days with weeksOfMonth: each day counts its own nth', async (t) => {
    // 1st Monday and 1st Thursday. July 2026 starts on a Wednesday: Thu 2 July, Mon 6 July.
    const s = schedule({ rules: [{ days: ['MO', 'TH'], weeksOfMonth: [1], opens: '10:00', closes: '12:00' }] });
    t.strictSame(startDates(occurrencesBetween(s, at('2026-07-01T00:00:00+02:00'), at('2026-08-01T00:00:00+02:00'))), [
      '2026-07-02',
      '2026-07-06',
    ]);
  });
});

t.test('seasonal validity: validFrom and validUntil are inclusive', async (t) => {
  const s = schedule({
    rules: [
      { days: ['WE'], opens: '10:00', closes: '12:00', validFrom: '2026-04-01', validUntil: '2026-04-29' },
      { days: ['WE'], opens: '14:00', closes: '15:00', validUntil: '2026-03-18' },
      { days: ['WE'], opens: '16:00', closes: '17:00', validFrom: '2026-05-06' },
    ],
  });
  t.strictSame(
    startDates(occurrencesBetween(s, at('2026-03-11T00:00:00+01:00'), at('2026-05-14T00:00:00+02:00'))),
    ['2026-03-11', '2026-03-18', '2026-04-01', '2026-04-08', '2026-04-15', '2026-04-22', '2026-04-29', '2026-05-06', '2026-05-13'],
  );
  // The winter rule ends, the summer rule starts: different hours on either side.
  t.strictSame(pairs(occurrencesBetween(s, at('2026-03-18T00:00:00+01:00'), at('2026-04-02T00:00:00+02:00'))), [
    pair('2026-03-18T14:00:00+01:00', '2026-03-18T15:00:00+01:00'),
    pair('2026-04-01T10:00:00+02:00', '2026-04-01T12:00:00+02:00'),
  ]);
});

t.test('closures cover whole days, both ends inclusive', async (t) => {
  const s = schedule({
    rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' }],
    closures: [
      { from: '2026-07-20', until: '2026-08-07', reason: 'Zomerstop' },
      { from: '2026-08-12', until: '2026-08-12' },
    ],
  });
  t.strictSame(startDates(occurrencesBetween(s, at('2026-07-13T00:00:00+02:00'), at('2026-08-15T00:00:00+02:00'))), [
    '2026-07-13', '2026-07-14', '2026-07-15', '2026-07-16', '2026-07-17',
    '2026-08-10', '2026-08-11', '2026-08-13', '2026-08-14',
  ]);
});

t.test('public holidays', async (t) => {
  const mondays = { days: ['MO'], opens: '10:00', closes: '12:00' };
  const april = [at('2026-04-01T00:00:00+02:00'), at('2026-05-01T00:00:00+02:00')] as const;
  t.strictSame(startDates(occurrencesBetween(schedule({ rules: [mondays] }), ...april)), ['2026-04-13', '2026-04-20'], 'Tweede paasdag and Koningsdag skipped');
  t.strictSame(
    startDates(occurrencesBetween(schedule({ rules: [mondays], closedOnHolidays: false }), ...april)),
    ['2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27'],
    'closedOnHolidays false: open on holidays',
  );
  t.strictSame(
    startDates(occurrencesBetween(schedule({ rules: [mondays] }), at('2027-03-01T00:00:00+01:00'), at('2027-04-01T00:00:00+02:00'))),
    ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22'],
    'Tweede paasdag 2027 is 29 March',
  );
  const daily = schedule({ rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '10:00', closes: '16:00' }] });
  t.strictSame(startDates(occurrencesBetween(daily, at('2026-12-24T00:00:00+01:00'), at('2026-12-28T00:00:00+01:00'))), ['2026-12-24', '2026-12-27'], 'Kerst');
  t.strictSame(
    startDates(occurrencesBetween(daily, at('2026-04-03T00:00:00+02:00'), at('2026-04-04T00:00:00+02:00'))),
    ['2026-04-03'],
    'Goede Vrijdag is not a closing day',
  );
  t.strictSame(
    startDates(occurrencesBetween(daily, at('2026-05-05T00:00:00+02:00'), at('2026-05-06T00:00:00+02:00'))),
    ['2026-05-05'],
    'Bevrijdingsdag is not a closing day',
  );
});

t.test('DST transitions (last Sunday of March and of October)', async (t) => {
  t.test('same wall-clock hours, different UTC instants around the switch', async (t) => {
    const s = schedule({ rules: [{ days: ['SA', 'SU', 'MO'], opens: '09:00', closes: '17:00' }] });
    t.strictSame(pairs(occurrencesBetween(s, at('2026-03-28T00:00:00+01:00'), at('2026-03-31T00:00:00+02:00'))), [
      ['2026-03-28T08:00:00.000Z', '2026-03-28T16:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'],
      ['2026-03-30T07:00:00.000Z', '2026-03-30T15:00:00.000Z'],
    ]);
    t.strictSame(pairs(occurrencesBetween(s, at('2026-10-24T00:00:00+02:00'), at('2026-10-27T00:00:00+01:00'))), [
      ['2026-10-24T07:00:00.000Z', '2026-10-24T15:00:00.000Z'],
      ['2026-10-25T08:00:00.000Z', '2026-10-25T16:00:00.000Z'],
      ['2026-10-26T08:00:00.000Z', '2026-10-26T16:00:00.000Z'],
    ]);
  });

  t.test('"laatste zondag" of March and October are the switch days themselves', async (t) => {
    const s = schedule({ rules: [{ days: ['SU'], weeksOfMonth: [-1], opens: '10:00', closes: '12:00' }] });
    const found = occurrencesBetween(s, ...YEAR_2026).filter((o) => [2, 9].includes(o.start.getUTCMonth()));
    t.strictSame(pairs(found), [
      pair('2026-03-29T10:00:00+02:00', '2026-03-29T12:00:00+02:00'),
      pair('2026-10-25T10:00:00+01:00', '2026-10-25T12:00:00+01:00'),
    ]);
  });

  t.test('a whole day lasts 23 hours in March and 25 in October', async (t) => {
    const s = schedule({ rules: [{ days: ['SU'], opens: '00:00', closes: '24:00' }] });
    const hours = (from: string) => {
      const [o] = occurrencesBetween(s, at(from), new Date(at(from).getTime() + 24 * HOUR));
      return o ? (o.end.getTime() - o.start.getTime()) / HOUR : NaN;
    };
    t.equal(hours('2026-03-29T00:00:00+01:00'), 23);
    t.equal(hours('2026-10-25T00:00:00+02:00'), 25);
    t.equal(hours('2026-06-14T00:00:00+02:00'), 24);
  });

  t.test('times in the spring gap move forward; repeated autumn times take the first', async (t) => {
    const spring = schedule({ rules: [{ days: ['SU'], opens: '02:30', closes: '04:00' }] });
    t.strictSame(
      pairs(occurrencesBetween(spring, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))),
      [pair('2026-03-29T03:30:00+02:00', '2026-03-29T04:00:00+02:00')],
      '02:30 does not exist on 29 March 2026: 03:30 CEST',
    );
    const vanished = schedule({ rules: [{ days: ['SU'], opens: '02:00', closes: '03:00' }] });
    t.strictSame(occurrencesBetween(vanished, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')), [], 'an hour that does not exist');
    const autumn = schedule({ rules: [{ days: ['SU'], opens: '02:30', closes: '03:30' }] });
    t.strictSame(
      pairs(occurrencesBetween(autumn, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))),
      [pair('2026-10-25T02:30:00+02:00', '2026-10-25T03:30:00+01:00')],
      '02:30 CEST to 03:30 CET: two real hours',
    );
  });

  t.test('openingState across the switch', async (t) => {
    const night = schedule({ rules: [{ days: ['SU'], opens: '01:00', closes: '03:00' }] });
    t.strictSame(openingState(night, at('2026-10-25T02:45:00+01:00')), { state: 'open', closesAt: at('2026-10-25T03:00:00+01:00') }, 'during the repeated hour');
    const day = schedule({ rules: [{ days: ['SU'], opens: '09:00', closes: '17:00' }] });
    t.strictSame(
      openingState(day, at('2026-03-28T23:00:00+01:00')),
      { state: 'closed', nextOpening: { start: at('2026-03-29T09:00:00+02:00'), end: at('2026-03-29T17:00:00+02:00') } },
      'Saturday night in winter time, opening Sunday in summer time',
    );
  });
});

t.test('openingState: open, closesAt and contiguous stretches', async (t) => {
  const weekdays = { days: ['MO', 'TU', 'WE', 'TH', 'FR'] };
  const s = schedule({ rules: [{ ...weekdays, opens: '09:00', closes: '17:00' }] });
  t.strictSame(openingState(s, at('2026-06-10T11:00:00+02:00')), { state: 'open', closesAt: at('2026-06-10T17:00:00+02:00') });
  t.strictSame(openingState(s, at('2026-06-10T09:00:00+02:00')), { state: 'open', closesAt: at('2026-06-10T17:00:00+02:00') }, 'open at the opening minute');
  t.match(openingState(s, at('2026-06-10T17:00:00+02:00')), { state: 'closed' }, 'closed at the closing minute');

  const adjacent = schedule({ rules: [{ ...weekdays, opens: '12:00', closes: '17:00' }, { ...weekdays, opens: '09:00', closes: '12:00' }] });
  t.strictSame(openingState(adjacent, at('2026-06-10T10:00:00+02:00')), { state: 'open', closesAt: at('2026-06-10T17:00:00+02:00') }, '09-12 + 12-17');

  const overlapping = schedule({ rules: [{ ...weekdays, opens: '09:00', closes: '13:00' }, { ...weekdays, opens: '10:00', closes: '11:00' }, { ...weekdays, opens: '12:30', closes: '18:00' }] });
  t.strictSame(openingState(overlapping, at('2026-06-10T10:30:00+02:00')), { state: 'open', closesAt: at('2026-06-10T18:00:00+02:00') }, 'overlapping');

  const lunchBreak = schedule({ rules: [{ ...weekdays, opens: '09:00', closes: '12:00' }, { ...weekdays, opens: '13:00', closes: '17:00' }] });
  t.strictSame(openingState(lunchBreak, at('2026-06-10T10:00:00+02:00')), { state: 'open', closesAt: at('2026-06-10T12:00:00+02:00') }, 'a break ends the stretch');
  t.strictSame(
    openingState(lunchBreak, at('2026-06-10T12:30:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-06-10T13:00:00+02:00'), end: at('2026-06-10T17:00:00+02:00') } },
    'during the break',
  );

  const lateNight = schedule({ rules: [{ days: ['FR'], opens: '20:00', closes: '24:00' }, { days: ['SA'], opens: '00:00', closes: '02:00' }] });
  t.strictSame(openingState(lateNight, at('2026-06-12T22:00:00+02:00')), { state: 'open', closesAt: at('2026-06-13T02:00:00+02:00') }, 'across midnight');
});

t.test('openingState: closed, and the next opening', async (t) => {
  const weekdays = { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '17:00' };
  const s = schedule({ rules: [weekdays] });
  t.strictSame(
    openingState(s, at('2026-06-10T07:00:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-06-10T09:00:00+02:00'), end: at('2026-06-10T17:00:00+02:00') } },
    'before opening: later today',
  );
  t.strictSame(
    openingState(s, at('2026-06-12T18:00:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-06-15T09:00:00+02:00'), end: at('2026-06-15T17:00:00+02:00') } },
    'Friday evening: Monday (the week wraps)',
  );
  t.strictSame(
    openingState(schedule({ rules: [{ days: ['SU'], opens: '11:00', closes: '13:00' }] }), at('2026-06-15T12:00:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-06-21T11:00:00+02:00'), end: at('2026-06-21T13:00:00+02:00') } },
    'Monday: next Sunday',
  );
  t.strictSame(
    openingState(schedule({ rules: [{ days: ['MO'], weeksOfMonth: [1], opens: '10:00', closes: '12:00' }] }), at('2026-06-02T10:00:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-07-06T10:00:00+02:00'), end: at('2026-07-06T12:00:00+02:00') } },
    'first Monday of the month: into the next month',
  );
  t.strictSame(
    openingState(schedule({ rules: [{ days: ['FR'], weeksOfMonth: [-1], opens: '15:00', closes: '17:00' }] }), at('2026-12-26T12:00:00+01:00')),
    { state: 'closed', nextOpening: { start: at('2027-01-29T15:00:00+01:00'), end: at('2027-01-29T17:00:00+01:00') } },
    'last Friday of the month: into the next year',
  );
  t.strictSame(
    openingState(schedule({ rules: [{ ...weekdays, validUntil: '2026-05-31' }] }), at('2026-06-10T11:00:00+02:00')),
    { state: 'closed', nextOpening: null },
    'no more openings',
  );
});

t.test('openingState: reason only when today is closed for a holiday or closure', async (t) => {
  const daily = { days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '10:00', closes: '16:00' };
  t.strictSame(
    openingState(schedule({ rules: [daily] }), at('2026-12-25T12:00:00+01:00')),
    { state: 'closed', nextOpening: { start: at('2026-12-27T10:00:00+01:00'), end: at('2026-12-27T16:00:00+01:00') }, reason: 'holiday' },
    'Kerstmis, and Tweede kerstdag after it',
  );
  t.strictSame(
    openingState(schedule({ rules: [daily] }), at('2026-12-25T20:00:00+01:00')),
    { state: 'closed', nextOpening: { start: at('2026-12-27T10:00:00+01:00'), end: at('2026-12-27T16:00:00+01:00') }, reason: 'holiday' },
    'also after the usual closing time',
  );
  const summerBreak = schedule({ rules: [daily], closures: [{ from: '2026-07-20', until: '2026-08-07', reason: 'Zomerstop' }] });
  t.strictSame(
    openingState(summerBreak, at('2026-08-07T12:00:00+02:00')),
    { state: 'closed', nextOpening: { start: at('2026-08-08T10:00:00+02:00'), end: at('2026-08-08T16:00:00+02:00') }, reason: 'closure' },
    'last day of a closure',
  );
  const both = schedule({ rules: [daily], closures: [{ from: '2026-12-24', until: '2026-12-26' }] });
  t.match(openingState(both, at('2026-12-25T12:00:00+01:00')), { state: 'closed', reason: 'closure' }, 'closure wins over holiday');

  const saturdays = schedule({ rules: [{ days: ['SA'], opens: '10:00', closes: '12:00' }] });
  const onHolidayWithoutHours = openingState(saturdays, at('2026-12-25T12:00:00+01:00'));
  t.match(onHolidayWithoutHours, { state: 'closed' });
  t.notOk('reason' in onHolidayWithoutHours, 'never open on Fridays: the holiday is not the reason');
  const evening = openingState(saturdays, at('2026-06-13T18:00:00+02:00'));
  t.notOk('reason' in evening, 'an ordinary closed moment has no reason');

  t.strictSame(
    openingState(schedule({ rules: [daily], closedOnHolidays: false }), at('2026-04-27T12:00:00+02:00')),
    { state: 'open', closesAt: at('2026-04-27T16:00:00+02:00') },
    'a buurthuis open on Koningsdag',
  );
});

t.test('openingState: by appointment and unknown', async (t) => {
  const now = at('2026-06-10T11:00:00+02:00');
  t.strictSame(openingState(schedule({ byAppointment: true }), now), { state: 'by_appointment' });
  t.strictSame(openingState(schedule({}), now), { state: 'unknown' });
  t.strictSame(openingState(schedule({ closures: [{ from: '2026-06-01', until: '2026-06-30' }] }), now), { state: 'unknown' }, 'closures alone say nothing');
  t.strictSame(
    openingState(schedule({ byAppointment: true, rules: [{ days: ['WE'], opens: '10:00', closes: '12:00' }] }), now),
    { state: 'open', closesAt: at('2026-06-10T12:00:00+02:00') },
    'hours plus appointments: the hours decide',
  );
  t.throws(() => openingState(schedule({}), new Date(NaN)), RangeError);
});

t.test('nextOccurrence', async (t) => {
  const s = schedule({ rules: [{ days: ['WE'], opens: '10:00', closes: '12:00' }] });
  t.strictSame(nextOccurrence(s, at('2026-06-10T10:00:00+02:00')), { start: at('2026-06-10T10:00:00+02:00'), end: at('2026-06-10T12:00:00+02:00') }, 'from is inclusive');
  t.strictSame(nextOccurrence(s, at('2026-06-10T10:01:00+02:00')), { start: at('2026-06-17T10:00:00+02:00'), end: at('2026-06-17T12:00:00+02:00') }, 'one in progress is not next');
  t.equal(nextOccurrence(schedule({}), at('2026-06-10T10:00:00+02:00')), null, 'no rules');
  const later = (validFrom: string) => schedule({ rules: [{ days: ['WE'], opens: '10:00', closes: '12:00', validFrom }] });
  t.strictSame(nextOccurrence(later('2027-03-01'), at('2026-06-10T12:00:00+02:00'))?.start, at('2027-03-03T10:00:00+01:00'), '266 days ahead');
  t.equal(nextOccurrence(later('2027-08-01'), at('2026-06-10T12:00:00+02:00')), null, 'beyond the 400-day horizon');
});

t.test("the machine's time zone does not matter", async (t) => {
  const s = schedule({ rules: [{ days: ['SU'], opens: '09:00', closes: '17:00' }, { days: ['MO'], opens: '00:00', closes: '24:00' }] });
  const window = [at('2026-03-28T00:00:00+01:00'), at('2026-03-31T00:00:00+02:00')] as const;
  const expected = pairs(occurrencesBetween(s, ...window));
  const original = process.env.TZ;
  t.teardown(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    process.env.TZ = zone;
    const probe = new Date('2026-01-01T12:00:00Z').getTimezoneOffset();
    const offsets: Record<string, number> = { UTC: 0, 'Pacific/Kiritimati': -840, 'America/Los_Angeles': 480 };
    t.equal(probe, offsets[zone], `TZ is really ${zone}`);
    t.strictSame(pairs(occurrencesBetween(s, ...window)), expected, zone);
  }
  t.strictSame(expected, [
    pair('2026-03-29T09:00:00+02:00', '2026-03-29T17:00:00+02:00'),
    pair('2026-03-30T00:00:00+02:00', '2026-03-31T00:00:00+02:00'),
  ]);
});
