// Organisations in SQLite. Archiving keeps the row (listings keep pointing at it).
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { immediate, type Db } from '../../db/client.ts';
import { listings, organisations, searchOutbox } from '../../db/schema.ts';
import type { AuditActor, AuditStore } from '../audit/store.ts';
import { diffFields } from '../listings/diff.ts';
import { ProblemError, validationProblem } from '../plugins/errors.ts';
import { requireIfMatch } from '../shared/concurrency.ts';
import { OrganisationInput, type Organisation, type OrganisationPatch, type OrganisationQuery } from './schemas.ts';

export type OrganisationStore = ReturnType<typeof createOrganisationStore>;

export function createOrganisationStore(db: Db, deps: { audit?: AuditStore; onListingsChanged?: () => void } = {}) {
  function audit(by: AuditActor | undefined, id: string, action: string, changes = [] as ReturnType<typeof diffFields>) {
    if (by) deps.audit?.record({ actor: by, entityType: 'organisation', entityId: id, action, changes });
  }

  /** Listings show (and are found by) their organisation's name: a rename re-indexes them. */
  function reindexListingsOf(id: string) {
    const ids = db.select({ id: listings.id }).from(listings).where(eq(listings.organisationId, id)).all();
    for (let i = 0; i < ids.length; i += 500) db.insert(searchOutbox).values(ids.slice(i, i + 500).map((r) => ({ listingId: r.id }))).run();
    return ids.length > 0;
  }

  const toOrganisation = (row: typeof organisations.$inferSelect) => row as Organisation;

  function mustGet(id: string): Organisation {
    const row = db.select().from(organisations).where(eq(organisations.id, id)).get();
    if (!row) throw new ProblemError('not-found', 'Deze organisatie bestaat niet.');
    return toOrganisation(row);
  }

  return {
    get(id: string): Organisation | null {
      const row = db.select().from(organisations).where(eq(organisations.id, id)).get();
      return row ? toOrganisation(row) : null;
    },

    list(query: OrganisationQuery) {
      const escaped = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
      const where = and(
        eq(organisations.status, query.status),
        query.form ? eq(organisations.form, query.form) : undefined,
        escaped ? sql`${organisations.name} LIKE ${`%${escaped}%`} ESCAPE '\\'` : undefined,
      );
      const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
      const items = db
        .select()
        .from(organisations)
        .where(where)
        .orderBy(asc(organisations.name), asc(organisations.id))
        .limit(query.limit)
        .offset((query.page - 1) * query.limit)
        .all()
        .map(toOrganisation);
      return { total, page: query.page, limit: query.limit, items };
    },

    create(input: OrganisationInput, options: { id?: string; status?: Organisation['status']; by?: AuditActor } = {}): Organisation {
      const id = options.id ?? randomUUID();
      db.transaction(() => {
        db.insert(organisations).values({ id, ...input, status: options.status ?? 'actief' }).run();
        audit(options.by, id, 'aangemaakt');
      }, immediate);
      return mustGet(id);
    },

    update(id: string, patch: OrganisationPatch, ifMatch: string | undefined, by?: AuditActor): Organisation {
      let renamed = false;
      db.transaction(() => {
        const { id: _id, status: _s, version, createdAt: _c, updatedAt: _u, trusted, ...current } = mustGet(id);
        requireIfMatch(ifMatch, version);
        const { trusted: nextTrusted = trusted, ...fields } = patch;
        const merged = OrganisationInput.safeParse({ ...current, ...fields });
        if (!merged.success) throw validationProblem(merged.error);
        const res = db
          .update(organisations)
          .set({ ...merged.data, trusted: nextTrusted, updatedAt: new Date().toISOString(), version: version + 1 })
          .where(and(eq(organisations.id, id), eq(organisations.version, version)))
          .run();
        if (res.changes !== 1) throw new ProblemError('precondition-failed', 'Iemand anders heeft dit intussen gewijzigd.');
        audit(by, id, 'gewijzigd', diffFields({ ...current, trusted }, { ...merged.data, trusted: nextTrusted }));
        if (merged.data.name !== current.name) renamed = reindexListingsOf(id);
      }, immediate);
      if (renamed) deps.onListingsChanged?.();
      return mustGet(id);
    },

    /** A steward's check of a new organisation: ter_controle → actief. */
    approve(id: string, by: AuditActor): Organisation {
      db.transaction(() => {
        const current = mustGet(id);
        if (current.status !== 'ter_controle') throw new ProblemError('conflict', 'Deze organisatie wacht niet op controle.');
        db.update(organisations)
          .set({ status: 'actief', updatedAt: new Date().toISOString(), version: current.version + 1 })
          .where(eq(organisations.id, id))
          .run();
        audit(by, id, 'goedgekeurd', [{ field: 'status', old: current.status, new: 'actief' }]);
      }, immediate);
      return mustGet(id);
    },

    archive(id: string, ifMatch: string | undefined, by?: AuditActor): Organisation {
      db.transaction(() => {
        const current = mustGet(id);
        if (ifMatch !== undefined) requireIfMatch(ifMatch, current.version);
        if (current.status === 'gearchiveerd') return;
        db.update(organisations)
          .set({ status: 'gearchiveerd', updatedAt: new Date().toISOString(), version: current.version + 1 })
          .where(eq(organisations.id, id))
          .run();
        audit(by, id, 'gearchiveerd', [{ field: 'status', old: current.status, new: 'gearchiveerd' }]);
      }, immediate);
      return mustGet(id);
    },
  };
}
