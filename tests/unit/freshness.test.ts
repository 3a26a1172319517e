import t from 'tap';
import {
  FreshnessSchema,
  confirmAll,
  freshnessOf,
  freshnessTtlDays,
  rankFactor,
  staleRankFactor,
  verificationAfterEdit,
} from '../../api/listings/freshness.ts';

const DAY = 24 * 60 * 60 * 1000;
const checked = '2025-01-10T12:00:00.000Z';
const checkedMs = Date.parse(checked);
const after = (days: number) => new Date(checkedMs + days * DAY);
const iso = (ms: number) => new Date(ms).toISOString();

t.test('TTLs', async (t) => {
  t.same(freshnessTtlDays, { hours: 90, contact: 180, listing: 365 });
});

t.test('TTL boundaries are exact', async (t) => {
  const input = { verifiedAt: checked, fieldVerifiedAt: {} };
  for (const [field, days] of [['hours', 90], ['contact', 180], ['listing', 365]] as const) {
    const before = freshnessOf(input, new Date(checkedMs + days * DAY - 1));
    t.equal(before.fields[field].stale, false, `${field}: 1 ms before ${days} days is fresh`);
    t.equal(freshnessOf(input, after(days - 0.01)).fields[field].stale, false, `${field}: ${days - 0.01} days is fresh`);
    t.equal(freshnessOf(input, after(days)).fields[field].stale, true, `${field}: exactly ${days} days is stale`);
    t.equal(before.fields[field].expiresAt, iso(checkedMs + days * DAY), `${field}: expiresAt`);
  }
  const fresh = freshnessOf(input, after(89.99));
  t.equal(fresh.state, 'vers');
  t.equal(fresh.staleSince, null);
  t.equal(fresh.ageDays, 89);
  t.equal(rankFactor(fresh), 1);

  const stale = freshnessOf(input, after(90));
  t.equal(stale.state, 'verlopen');
  t.equal(stale.staleSince, iso(checkedMs + 90 * DAY));
  t.equal(stale.ageDays, 90);
  t.equal(rankFactor(stale), staleRankFactor);
  t.equal(staleRankFactor, 0.5);
});

t.test('fields fall back to the listing verifiedAt', async (t) => {
  const hoursChecked = iso(checkedMs + 60 * DAY);
  const f = freshnessOf({ verifiedAt: checked, fieldVerifiedAt: { hours: hoursChecked } }, after(100));
  t.same(f.fields.hours, { verifiedAt: hoursChecked, expiresAt: iso(checkedMs + 150 * DAY), stale: false }, 'own date');
  t.same(f.fields.contact, { verifiedAt: checked, expiresAt: iso(checkedMs + 180 * DAY), stale: false }, 'fallback');
  t.same(f.fields.listing, { verifiedAt: checked, expiresAt: iso(checkedMs + 365 * DAY), stale: false });
  t.equal(f.state, 'vers', 'hours re-checked later keep the listing fresh at 100 days');
  t.equal(f.verifiedAt, checked);
  t.equal(f.ageDays, 100, 'age counts from the listing verifiedAt');

  const unreadable = freshnessOf({ verifiedAt: checked, fieldVerifiedAt: { hours: 'gisteren' } }, after(1));
  t.equal(unreadable.fields.hours.verifiedAt, checked, 'an unreadable field date falls back too');
});

t.test('onbekend: never verified', async (t) => {
  const f = freshnessOf({ verifiedAt: null, fieldVerifiedAt: {} }, after(1000));
  t.same(f, {
    state: 'onbekend',
    verifiedAt: null,
    ageDays: null,
    staleSince: null,
    fields: {
      hours: { verifiedAt: null, expiresAt: null, stale: false },
      contact: { verifiedAt: null, expiresAt: null, stale: false },
      listing: { verifiedAt: null, expiresAt: null, stale: false },
    },
  });
  t.equal(rankFactor(f), 1, 'not ranked down: there is no expiry to pass');
  t.equal(freshnessOf({ verifiedAt: 'not a date', fieldVerifiedAt: {} }, after(1)).state, 'onbekend', 'unreadable date');

  const onlyHours = freshnessOf({ verifiedAt: null, fieldVerifiedAt: { hours: checked } }, after(91));
  t.equal(onlyHours.state, 'verlopen', 'a field date alone is not onbekend');
  t.equal(onlyHours.ageDays, null, 'no listing verifiedAt, no age');
  t.same(onlyHours.fields.listing, { verifiedAt: null, expiresAt: null, stale: false });
  t.equal(onlyHours.fields.contact.verifiedAt, null);
  t.equal(freshnessOf({ verifiedAt: null, fieldVerifiedAt: { contact: checked } }, after(10)).state, 'vers');
});

t.test('staleSince is the earliest expiry that has passed', async (t) => {
  // Listing checked 400 days ago, contact 200 days ago, hours 95 days ago: all three expired.
  const now = new Date('2026-06-01T08:00:00.000Z');
  const listing = iso(now.getTime() - 400 * DAY);
  const contact = iso(now.getTime() - 200 * DAY);
  const hours = iso(now.getTime() - 95 * DAY);
  const f = freshnessOf({ verifiedAt: listing, fieldVerifiedAt: { hours, contact } }, now);
  t.equal(f.state, 'verlopen');
  t.ok(f.fields.hours.stale && f.fields.contact.stale && f.fields.listing.stale);
  t.equal(f.staleSince, iso(now.getTime() - 35 * DAY), 'listing expired first (400 - 365 = 35 days ago)');
  t.equal(f.ageDays, 400);

  // Only hours and contact expired; contact (200 - 180 = 20 days ago) before hours (95 - 90 = 5).
  const g = freshnessOf({ verifiedAt: iso(now.getTime() - 10 * DAY), fieldVerifiedAt: { hours, contact } }, now);
  t.equal(g.staleSince, iso(now.getTime() - 20 * DAY));
  t.equal(g.fields.listing.stale, false);
});

t.test('works in milliseconds: daylight saving time is irrelevant', async (t) => {
  // 2025-03-30 the Netherlands moved to summer time; 90 days are still 90 × 24 hours.
  const winter = '2025-01-15T09:00:00+01:00';
  const expiry = Date.parse(winter) + 90 * DAY;
  const input = { verifiedAt: winter, fieldVerifiedAt: {} };
  t.equal(freshnessOf(input, new Date(expiry - 1)).fields.hours.stale, false);
  t.equal(freshnessOf(input, new Date(expiry)).fields.hours.stale, true);
  t.equal(freshnessOf(input, new Date(expiry)).fields.hours.expiresAt, '2025-04-15T08:00:00.000Z');
  t.equal(freshnessOf(input, new Date(expiry)).verifiedAt, winter, 'verifiedAt is passed through as given');
});

t.test('ageDays', async (t) => {
  const input = { verifiedAt: checked, fieldVerifiedAt: {} };
  t.equal(freshnessOf(input, new Date(checkedMs)).ageDays, 0);
  t.equal(freshnessOf(input, after(0.999)).ageDays, 0, 'whole days, rounded down');
  t.equal(freshnessOf(input, after(1)).ageDays, 1);
  t.equal(freshnessOf(input, new Date(checkedMs - 60_000)).ageDays, 0, 'slightly in the future reads as today');
});

t.test('verificationAfterEdit', async (t) => {
  const now = new Date('2025-05-01T10:00:00.000Z');
  const schedule = { rules: [{ days: ['ma', 'di'], from: '09:00', to: '17:00' }], note: null };
  const contact = { phone: '020 123 4567', email: 'info@example.nl' };
  const fieldVerifiedAt = { hours: checked };
  const before = { schedule, contact, fieldVerifiedAt };

  const reordered = {
    schedule: { note: null, rules: [{ to: '17:00', from: '09:00', days: ['ma', 'di'] }] },
    contact: { email: 'info@example.nl', phone: '020 123 4567', website: undefined },
  };
  t.same(verificationAfterEdit(before, reordered, now), { hours: checked }, 'reordered keys = unchanged');

  t.same(
    verificationAfterEdit(before, { schedule: { ...schedule, note: 'Niet in de zomer' }, contact }, now),
    { hours: now.toISOString() },
    'changed schedule: hours verified now',
  );
  t.same(
    verificationAfterEdit(before, { schedule, contact: { ...contact, phone: '020 765 4321' } }, now),
    { hours: checked, contact: now.toISOString() },
    'changed contact: contact verified now, hours keep their date',
  );
  t.same(
    verificationAfterEdit(before, { schedule: { ...schedule, rules: [...schedule.rules].reverse().concat(schedule.rules) }, contact: {} }, now),
    { hours: now.toISOString(), contact: now.toISOString() },
    'both changed',
  );
  t.same(fieldVerifiedAt, { hours: checked }, 'input not mutated');
});

t.test('confirmAll', async (t) => {
  const now = new Date('2025-05-01T10:00:00.000Z');
  const confirmed = confirmAll(now);
  t.same(confirmed, { verifiedAt: now.toISOString(), fieldVerifiedAt: { hours: now.toISOString(), contact: now.toISOString() } });
  const f = freshnessOf(confirmed, now);
  t.equal(f.state, 'vers');
  t.equal(f.ageDays, 0);
});

t.test('FreshnessSchema matches freshnessOf output', async (t) => {
  const inputs = [
    { verifiedAt: null, fieldVerifiedAt: {} },
    { verifiedAt: checked, fieldVerifiedAt: {} },
    { verifiedAt: '2025-01-15T09:00:00+01:00', fieldVerifiedAt: { contact: checked } },
  ];
  for (const input of inputs) {
    for (const days of [0, 100, 400]) {
      const f = freshnessOf(input, after(days));
      t.same(FreshnessSchema.parse(f), f, `${input.verifiedAt} after ${days} days`);
    }
  }
  t.equal(FreshnessSchema.meta()?.id, 'Freshness');
});
