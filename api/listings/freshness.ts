// How fresh a listing's information is: which parts were checked when, and which have expired.
//
// Pure: `now` is always an argument. All arithmetic is on epoch milliseconds, so a day is
// exactly 24 hours and daylight saving time never shifts an expiry.
import { z } from 'zod';
import { sameValue } from './diff.ts';

/** Opening hours change most often, contact details less, the listing as a whole after a year. */
export const freshnessTtlDays = { hours: 90, contact: 180, listing: 365 } as const;

/** Parts of a listing with their own verification date. */
export const freshnessFields = ['hours', 'contact'] as const;
export type FreshnessField = (typeof freshnessFields)[number];

/** ISO instants at which each part was last confirmed; a missing part falls back to the listing. */
export type FieldVerifiedAt = Partial<Record<FreshnessField, string>>;

export type FreshnessInput = { verifiedAt: string | null; fieldVerifiedAt: FieldVerifiedAt };

const instant = z.iso.datetime({ offset: true });

const PartFreshnessSchema = z.object({
  verifiedAt: instant.nullable(),
  expiresAt: instant.nullable(),
  stale: z.boolean(),
});

export const FreshnessSchema = z
  .object({
    /** `onbekend`: never checked. Shown as "nog niet gecontroleerd", but not ranked down. */
    state: z.enum(['vers', 'verlopen', 'onbekend']),
    verifiedAt: instant.nullable(),
    ageDays: z.number().int().min(0).nullable(),
    staleSince: instant.nullable(),
    fields: z.object({ hours: PartFreshnessSchema, contact: PartFreshnessSchema, listing: PartFreshnessSchema }),
  })
  .meta({ id: 'Freshness' });

export type Freshness = z.infer<typeof FreshnessSchema>;
type PartFreshness = z.infer<typeof PartFreshnessSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Epoch ms of an ISO instant; an unreadable date counts as never checked rather than crashing a page. */
function toMs(iso: string | null | undefined): number | null {
  if (iso == null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

function part(verifiedAt: string | null, ttlDays: number, nowMs: number): PartFreshness {
  const verifiedMs = toMs(verifiedAt);
  if (verifiedMs === null) return { verifiedAt: null, expiresAt: null, stale: false };
  const expiresMs = verifiedMs + ttlDays * DAY_MS;
  // Expired from the exact moment the TTL has passed: 90 days old is stale, 89.99 is not.
  return { verifiedAt, expiresAt: new Date(expiresMs).toISOString(), stale: nowMs >= expiresMs };
}

export function freshnessOf(input: FreshnessInput, now: Date): Freshness {
  const nowMs = now.getTime();
  const listingVerifiedAt = toMs(input.verifiedAt) === null ? null : input.verifiedAt;
  const fieldDate = (field: FreshnessField): string | null =>
    toMs(input.fieldVerifiedAt[field]) === null ? listingVerifiedAt : (input.fieldVerifiedAt[field] ?? null);

  const fields = {
    hours: part(fieldDate('hours'), freshnessTtlDays.hours, nowMs),
    contact: part(fieldDate('contact'), freshnessTtlDays.contact, nowMs),
    listing: part(listingVerifiedAt, freshnessTtlDays.listing, nowMs),
  };
  const parts = Object.values(fields);
  const expired = parts.filter((p) => p.stale).map((p) => p.expiresAt as string);
  const staleSince = expired.length === 0 ? null : expired.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  const neverChecked = parts.every((p) => p.verifiedAt === null);
  const listingMs = toMs(listingVerifiedAt);

  return {
    state: neverChecked ? 'onbekend' : staleSince !== null ? 'verlopen' : 'vers',
    verifiedAt: listingVerifiedAt,
    // A date slightly in the future (another server's clock) reads as "today", not as -1 days.
    ageDays: listingMs === null ? null : Math.max(0, Math.floor((nowMs - listingMs) / DAY_MS)),
    staleSince,
    fields,
  };
}

/** Which listing property each verified part is about. */
const editedProperty = { hours: 'schedule', contact: 'contact' } as const satisfies Record<FreshnessField, string>;

/**
 * The verification dates after an owner's edit: whoever changes the opening hours or the contact
 * details has just checked them, so that part is verified now. Unchanged parts keep their date.
 */
export function verificationAfterEdit(
  before: { schedule: unknown; contact: unknown; fieldVerifiedAt: FieldVerifiedAt },
  after: { schedule: unknown; contact: unknown },
  now: Date,
): FieldVerifiedAt {
  const result: FieldVerifiedAt = { ...before.fieldVerifiedAt };
  for (const field of freshnessFields) {
    const property = editedProperty[field];
    if (!sameValue(before[property], after[property])) result[field] = now.toISOString();
  }
  return result;
}

/** "Klopt dit nog? Ja": the owner confirms everything at once. */
export function confirmAll(now: Date): { verifiedAt: string; fieldVerifiedAt: FieldVerifiedAt } {
  const iso = now.toISOString();
  return { verifiedAt: iso, fieldVerifiedAt: Object.fromEntries(freshnessFields.map((field) => [field, iso])) };
}

/** Expired information still shows up, lower: a stale listing beats no listing for most needs. */
export const staleRankFactor = 0.5;

export function rankFactor(f: Freshness): number {
  return f.state === 'verlopen' ? staleRankFactor : 1;
}
