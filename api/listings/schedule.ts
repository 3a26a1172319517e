// The shape of opening hours ("wanneer"): one source of truth for API, store, rules and web.
import { z } from 'zod';

/** ISO weekday codes as in RFC 5545 (and HSDS `byday`), Monday first. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Gebruik een tijd als 09:30 (uu:mm).');
const isoDate = z.iso.date({ message: 'Gebruik een datum als 2026-12-24 (jjjj-mm-dd).' });

/** Minutes since midnight for an "HH:MM" string already validated by `time`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * One recurring opening: on `days`, from `opens` to `closes` (same day). `weeksOfMonth`
 * turns it into "elke 2e en 4e dinsdag van de maand" (1–5 = nth, -1 = last); absent means
 * every week. `validFrom`/`validUntil` bound it to a season (both inclusive).
 */
export const OpeningRule = z
  .strictObject({
    days: z.array(z.enum(weekdays)).min(1, 'Kies ten minste één dag.').max(7),
    opens: time,
    closes: time,
    weeksOfMonth: z
      .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]))
      .min(1)
      .max(5)
      .optional(),
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
  })
  .refine((r) => minutesOf(r.closes) > minutesOf(r.opens), {
    message: 'De sluitingstijd moet na de openingstijd liggen.',
    path: ['closes'],
  })
  .refine((r) => !r.validFrom || !r.validUntil || r.validFrom <= r.validUntil, {
    message: 'De einddatum moet na de begindatum liggen.',
    path: ['validUntil'],
  });
export type OpeningRule = z.infer<typeof OpeningRule>;

/** A one-off closure (summer break, renovation) from `from` to `until`, both inclusive. */
export const Closure = z
  .strictObject({
    from: isoDate,
    until: isoDate,
    reason: z.string().trim().max(200).optional(),
  })
  .refine((c) => c.from <= c.until, { message: 'De einddatum moet na de begindatum liggen.', path: ['until'] });
export type Closure = z.infer<typeof Closure>;

export const Schedule = z.strictObject({
  rules: z.array(OpeningRule).max(50).default([]),
  closures: z.array(Closure).max(100).default([]),
  /** Dutch public holidays: most places close; some (a buurthuis on Koningsdag) open. */
  closedOnHolidays: z.boolean().default(true),
  /** "Op afspraak": no fixed hours, or hours plus appointments. */
  byAppointment: z.boolean().default(false),
  note: z.string().trim().max(300).optional(),
});
export type Schedule = z.infer<typeof Schedule>;
export const emptySchedule: Schedule = { rules: [], closures: [], closedOnHolidays: true, byAppointment: false };
