// Organisations in SQLite. Archiving keeps the row (listings keep pointing at it).
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';
import { ProblemError, validationProblem } from '../plugins/errors.ts';
import { requireIfMatch } from '../shared/concurrency.ts';
import { OrganisationInput, type Organisation, type OrganisationPatch, type OrganisationQuery } from './schemas.ts';

export type OrganisationStore = ReturnType<typeof createOrganisationStore>;

export function createOrganisationStore(db: Db) {
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

    create(input: OrganisationInput, id: string = randomUUID()): Organisation {
      db.insert(organisations).values({ id, ...input }).run();
      return mustGet(id);
    },

    update(id: string, patch: OrganisationPatch, ifMatch: string | undefined): Organisation {
      db.transaction(() => {
        const { id: _id, status: _s, version, createdAt: _c, updatedAt: _u, ...current } = mustGet(id);
        requireIfMatch(ifMatch, version);
        const merged = OrganisationInput.safeParse({ ...current, ...patch });
        if (!merged.success) throw validationProblem(merged.error);
        const res = db
          .update(organisations)
          .set({ ...merged.data, updatedAt: new Date().toISOString(), version: version + 1 })
          .where(and(eq(organisations.id, id), eq(organisations.version, version)))
          .run();
        if (res.changes !== 1) throw new ProblemError('precondition-failed', 'Iemand anders heeft dit intussen gewijzigd.');
      });
      return mustGet(id);
    },

    archive(id: string, ifMatch: string | undefined): Organisation {
      db.transaction(() => {
        const current = mustGet(id);
        if (ifMatch !== undefined) requireIfMatch(ifMatch, current.version);
        if (current.status === 'gearchiveerd') return;
        db.update(organisations)
          .set({ status: 'gearchiveerd', updatedAt: new Date().toISOString(), version: current.version + 1 })
          .where(eq(organisations.id, id))
          .run();
      });
      return mustGet(id);
    },
  };
}
