// "Klopt dit nog?" reminders: owners of published listings whose information expires within two
// weeks (or already has) get an e-mail with a signed one-click link, at most once a month.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog, listings as listingsTable } from '../../db/schema.ts';
import type { Mailer } from '../accounts/mail.ts';
import { freshnessMail } from '../accounts/messages.ts';
import type { AccountStore } from '../accounts/store.ts';
import type { AuditStore } from '../audit/store.ts';
import { signFreshnessToken } from './freshness-link.ts';
import type { ListingStore } from './store.ts';

const remindBeforeMs = 14 * 24 * 3600_000;
const remindEveryMs = 30 * 24 * 3600_000;
const reminded = 'herinnering verstuurd';

type Deps = { db: Db; listings: ListingStore; accounts: AccountStore; audit: AuditStore; mailer: Mailer; secret: string; publicUrl: string };

/** Sends what is due; returns how many listings were reminded about. Safe to run often. */
export async function sendFreshnessReminders(deps: Deps, now = new Date()): Promise<number> {
  const ids = deps.db
    .select({ id: listingsTable.id })
    .from(listingsTable)
    .where(and(eq(listingsTable.status, 'gepubliceerd'), sql`${listingsTable.organisationId} IS NOT NULL`))
    .all()
    .map((r) => r.id);
  const since = new Date(now.getTime() - remindEveryMs).toISOString();
  const recently = new Set(
    deps.db
      .select({ id: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'listing'), eq(auditLog.action, reminded), gte(auditLog.at, since)))
      .all()
      .map((r) => r.id),
  );
  let sent = 0;
  for (const listing of deps.listings.getMany(ids)) {
    if (recently.has(listing.id)) continue;
    const expiries = Object.values(listing.freshness.fields).map((f) => f.expiresAt).filter((e): e is string => e !== null);
    // Never-checked listings have no expiry: the steward's queue (unowned, reports) covers them.
    if (!expiries.some((e) => Date.parse(e) - now.getTime() <= remindBeforeMs)) continue;
    const owners = deps.accounts.members(listing.organisationId!).filter((m) => m.status === 'active');
    if (!owners.length) continue;
    const { token } = signFreshnessToken(deps.secret, listing.id, now.getTime());
    const link = `${deps.publicUrl}/klopt-dit-nog/${listing.id}?t=${encodeURIComponent(token)}`;
    for (const owner of owners) await deps.mailer.send(freshnessMail(owner.email, listing.title, link));
    deps.audit.record({ actor: { id: null, label: 'Sociale Kaart' }, entityType: 'listing', entityId: listing.id, action: reminded });
    sent++;
  }
  return sent;
}
