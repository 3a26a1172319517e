// The moderation queue: proposed edits, public submissions and claims wait here for a steward,
// who accepts (the change is applied in the same transaction) or declines with a reason.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, exists, inArray, or, sql, type SQL } from 'drizzle-orm';
import { immediate, type Db } from '../../db/client.ts';
import { listingChanges, listingFacets, listingReports, listings, organisations } from '../../db/schema.ts';
import { changesAsJson } from '../listings/diff.ts';
import { freshnessTtlDays } from '../listings/freshness.ts';
import type { AccountStore } from '../accounts/store.ts';
import { auditActorOf, type AuditStore } from '../audit/store.ts';
import type { ListingStore } from '../listings/store.ts';
import { ListingInput, type Listing, type ListingPatch } from '../listings/schemas.ts';
import { ProblemError } from '../plugins/errors.ts';
import { inScope, listingResource, type UserActor } from '../policies/index.ts';
import type { Change, SubmissionInput } from './schemas.ts';

type ChangeRow = typeof listingChanges.$inferSelect;

/** The listings within a steward's areas or themes, as SQL over the derived facet rows. */
function scopeCondition(db: Db, actor: UserActor): SQL | undefined {
  const { areas, themes } = actor.scope;
  if (actor.role === 'admin' || (areas.length === 0 && themes.length === 0)) return undefined;
  const matches = [
    areas.length > 0 ? and(eq(listingFacets.facet, 'area'), inArray(listingFacets.value, areas)) : undefined,
    themes.length > 0 ? and(inArray(listingFacets.facet, ['deelambitie', 'theme']), inArray(listingFacets.value, themes)) : undefined,
  ];
  return exists(
    db.select({ one: sql`1` }).from(listingFacets).where(and(eq(listingFacets.listingId, listings.id), or(...matches))),
  );
}

/** Julian days at which each part of a listing expires (NULL when never checked); freshness.ts in SQL. */
function expirySql(): SQL[] {
  const checked = (field: string) => sql`coalesce(json_extract(${listings.fieldVerifiedAt}, ${'$.' + field}), ${listings.verifiedAt})`;
  return [
    sql`julianday(${checked('hours')}) + ${freshnessTtlDays.hours}`,
    sql`julianday(${checked('contact')}) + ${freshnessTtlDays.contact}`,
    sql`julianday(${listings.verifiedAt}) + ${freshnessTtlDays.listing}`,
  ];
}
const expiredSql = () => sql`(${sql.join(expirySql().map((e) => sql`${e} <= julianday('now')`), sql` OR `)})`;
const earliestExpirySql = () => sql`min(${sql.join(expirySql().map((e) => sql`coalesce(${e}, 1e9)`), sql`, `)})`;
const queueLimit = 100;

export type ModerationStore = ReturnType<typeof createModerationStore>;

export function createModerationStore(db: Db, deps: { listings: ListingStore; audit: AuditStore; accounts: AccountStore }) {
  const { listings: store, audit, accounts } = deps;

  function toChange(row: ChangeRow, listing: Listing): Change {
    const names = accounts.names([row.proposedBy, row.decidedBy].filter((id): id is string => id !== null));
    const person = (id: string | null) => (id ? { id, name: names.get(id) ?? 'Verwijderd account' } : null);
    const organisation = row.organisationId
      ? (db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)).get() ?? null)
      : null;
    let diff: Change['diff'] = [];
    if (row.kind === 'wijziging') {
      // Against the listing as it is now: the steward sees exactly what accepting would change.
      try {
        diff = store.diff(listing, row.patch as ListingPatch);
      } catch {
        diff = Object.entries(row.patch).map(([field, value]) => ({ field, old: (listing as Record<string, unknown>)[field], new: value }));
      }
    }
    if (row.kind === 'claim') diff = [{ field: 'organisationId', old: listing.organisationId, new: row.organisationId }];
    return {
      id: row.id,
      listingId: row.listingId,
      listingTitle: listing.title,
      kind: row.kind,
      status: row.status,
      diff: changesAsJson(diff),
      outdated: row.kind === 'wijziging' && row.status === 'open' && listing.version !== row.baseVersion,
      organisation,
      proposedBy: person(row.proposedBy),
      submitter: row.submitter,
      message: row.message,
      reason: row.reason,
      decidedBy: person(row.decidedBy),
      decidedAt: row.decidedAt,
      createdAt: row.createdAt,
    };
  }

  function rowOf(id: string): ChangeRow {
    const row = db.select().from(listingChanges).where(eq(listingChanges.id, id)).get();
    if (!row) throw new ProblemError('not-found', 'Deze wijziging bestaat niet.');
    return row;
  }

  function mustListing(id: string): Listing {
    const listing = store.get(id);
    if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
    return listing;
  }

  function insert(values: Omit<typeof listingChanges.$inferInsert, 'id'>): string {
    const id = randomUUID();
    db.insert(listingChanges).values({ id, ...values }).run();
    return id;
  }

  function decide(row: ChangeRow, status: 'geaccepteerd' | 'afgewezen', actor: UserActor, reason: string | null) {
    const res = db
      .update(listingChanges)
      .set({ status, reason, decidedBy: actor.id, decidedAt: new Date().toISOString() })
      .where(and(eq(listingChanges.id, row.id), eq(listingChanges.status, 'open')))
      .run();
    if (res.changes !== 1) throw new ProblemError('conflict', 'Over deze wijziging is al besloten.');
  }

  return {
    get(id: string): Change {
      const row = rowOf(id);
      return toChange(row, mustListing(row.listingId));
    },

    /** The listing a change is about (for the policy check before deciding). */
    listingOf: (id: string) => mustListing(rowOf(id).listingId),

    forListing(listingId: string): Change[] {
      const listing = mustListing(listingId);
      return db
        .select()
        .from(listingChanges)
        .where(eq(listingChanges.listingId, listingId))
        .orderBy(desc(listingChanges.createdAt))
        .all()
        .map((row) => toChange(row, listing));
    },

    /** An untrusted owner's edit of a published listing: kept aside until a steward accepts it. */
    propose(current: Listing, patch: ListingPatch, actor: UserActor): Change {
      const diff = store.diff(current, patch);
      if (diff.length === 0) throw new ProblemError('validation', 'Deze wijziging verandert niets.');
      const id = db.transaction(() => {
        const id = insert({ listingId: current.id, kind: 'wijziging', patch, baseVersion: current.version, proposedBy: actor.id });
        audit.record({ actor: auditActorOf(actor), entityType: 'listing', entityId: current.id, action: 'wijziging voorgesteld', changes: diff });
        return id;
      }, immediate);
      return this.get(id);
    },

    /** "Meld een initiatief": a new listing ter controle, without organisation, and its queue item. */
    submit(input: SubmissionInput): string {
      return db.transaction(() => {
        // The few fields of the public form; everything else gets the schema's defaults.
        const listingInput = ListingInput.parse({
          kind: input.kind,
          title: input.title,
          description: input.description,
          status: 'ter_controle',
          locations: input.place || input.postcode ? [{ name: input.place, postcode: input.postcode }] : [],
          contact: input.website ? { website: input.website } : {},
          ...(input.kind === 'vacature' ? { vacature: { inzetType: 'incidenteel' } } : {}),
        });
        const listing = store.create(listingInput, { id: null, label: `Aanmelding via de website (${input.submitter.name})` });
        insert({
          listingId: listing.id,
          kind: 'aanmelding',
          baseVersion: listing.version,
          submitter: input.submitter,
          message: input.phone ? `Telefoon: ${input.phone}` : '',
        });
        return listing.id;
      }, immediate);
    },

    claim(listing: Listing, organisationId: string, message: string, actor: UserActor): Change {
      const open = db
        .select({ id: listingChanges.id })
        .from(listingChanges)
        .where(and(eq(listingChanges.listingId, listing.id), eq(listingChanges.kind, 'claim'), eq(listingChanges.status, 'open'), eq(listingChanges.organisationId, organisationId)))
        .get();
      if (open) throw new ProblemError('conflict', 'Deze organisatie heeft dit aanbod al geclaimd; een steward kijkt ernaar.');
      const id = insert({ listingId: listing.id, kind: 'claim', baseVersion: listing.version, organisationId, proposedBy: actor.id, message });
      return this.get(id);
    },

    /** Accept: the change is applied and the decision recorded in one transaction. */
    accept(id: string, actor: UserActor, reason: string | null): Change {
      db.transaction(() => {
        const row = rowOf(id);
        decide(row, 'geaccepteerd', actor, reason);
        const by = auditActorOf(actor);
        if (row.kind === 'wijziging') store.update(row.listingId, row.patch as ListingPatch, '*', by, 'wijziging geaccepteerd');
        if (row.kind === 'claim') store.setOrganisation(row.listingId, row.organisationId!, by);
        if (row.kind === 'aanmelding') {
          const listing = mustListing(row.listingId);
          if (listing.status === 'ter_controle') store.transition(row.listingId, 'gepubliceerd', undefined, by, reason);
        }
      }, immediate);
      return this.get(id);
    },

    decline(id: string, actor: UserActor, reason: string): Change {
      db.transaction(() => {
        const row = rowOf(id);
        decide(row, 'afgewezen', actor, reason);
        const by = auditActorOf(actor);
        audit.record({ actor: by, entityType: 'listing', entityId: row.listingId, action: `${row.kind} afgewezen`, reason });
        // A declined submission is not deleted: it is archived, so the history says what happened.
        if (row.kind === 'aanmelding' && mustListing(row.listingId).status === 'ter_controle') {
          store.transition(row.listingId, 'gearchiveerd', undefined, by, reason);
        }
      }, immediate);
      return this.get(id);
    },

    /** Everything waiting for this steward, within their areas or themes. */
    queue(actor: UserActor) {
      const mine = (l: Listing) => actor.role === 'admin' || inScope(actor, listingResource(l));
      const openChanges = db.select().from(listingChanges).where(eq(listingChanges.status, 'open')).orderBy(asc(listingChanges.createdAt)).all();
      const changeListings = new Map(store.getMany([...new Set(openChanges.map((c) => c.listingId))]).map((l) => [l.id, l]));
      const changes = openChanges.filter((c) => changeListings.has(c.listingId) && mine(changeListings.get(c.listingId)!)).map((c) => toChange(c, changeListings.get(c.listingId)!));

      // Listing sections are counted and cut in SQL: a big gemeente has tens of thousands unowned.
      const section = (where: SQL, order: SQL) => {
        const condition = and(where, scopeCondition(db, actor));
        const count = db.select({ n: sql<number>`count(*)` }).from(listings).where(condition).get()?.n ?? 0;
        const ids = db.select({ id: listings.id }).from(listings).where(condition).orderBy(order, asc(listings.id)).limit(queueLimit).all().map((r) => r.id);
        const byId = new Map(store.getMany(ids).map((l) => [l.id, l]));
        return { count, items: ids.map((id) => summary(byId.get(id)!)) };
      };
      const summary = (l: Listing) => ({
        id: l.id,
        title: l.title,
        kind: l.kind,
        status: l.status,
        organisation: l.organisation,
        freshness: l.freshness,
        updatedAt: l.updatedAt,
      });

      const review = section(sql`${listings.status} = 'ter_controle'`, asc(listings.updatedAt));
      // Only listings ever checked can expire; never-checked ones show up as unowned or via reports.
      const stale = section(sql`${listings.status} = 'gepubliceerd' AND ${expiredSql()}`, sql`${earliestExpirySql()}`);
      const unowned = section(sql`${listings.status} = 'gepubliceerd' AND ${listings.organisationId} IS NULL AND ${listings.isExample} = 0`, asc(listings.updatedAt));

      const openReports = db.select().from(listingReports).where(inArray(listingReports.status, ['nieuw', 'in_behandeling'])).orderBy(asc(listingReports.createdAt)).all();
      const reportListings = new Map(store.getMany([...new Set(openReports.map((r) => r.listingId))]).map((l) => [l.id, l]));
      const reports = openReports
        .filter((r) => reportListings.has(r.listingId) && mine(reportListings.get(r.listingId)!))
        .map((r) => ({ id: r.id, listingId: r.listingId, listingTitle: reportListings.get(r.listingId)!.title, message: r.message, email: r.email, status: r.status, createdAt: r.createdAt }));

      const newOrganisations = db
        .select({ id: organisations.id, name: organisations.name, createdAt: organisations.createdAt })
        .from(organisations)
        .where(eq(organisations.status, 'ter_controle'))
        .orderBy(asc(organisations.createdAt))
        .all();

      return {
        changes: changes.slice(0, queueLimit),
        review: review.items,
        reports: reports.slice(0, queueLimit),
        stale: stale.items,
        unowned: unowned.items,
        organisations: newOrganisations.slice(0, queueLimit),
        counts: {
          changes: changes.length,
          review: review.count,
          reports: reports.length,
          stale: stale.count,
          unowned: unowned.count,
          organisations: newOrganisations.length,
        },
      };
    },

    /** Open items about listings that are gone (merged) no longer belong in anyone's queue. */
    closeFor(listingId: string, actor: UserActor, reason: string) {
      db.update(listingChanges)
        .set({ status: 'afgewezen', reason, decidedBy: actor.id, decidedAt: new Date().toISOString() })
        .where(and(eq(listingChanges.listingId, listingId), eq(listingChanges.status, 'open')))
        .run();
    },
  };
}
