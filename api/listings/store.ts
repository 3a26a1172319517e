// Listings in SQLite: every write is one transaction that also rewrites the derived facet and
// point rows, so a rejected or failed write leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { listingFacets, listingPoints, listings, organisations, searchOutbox } from '../../db/schema.ts';
import { ProblemError, validationProblem, type FieldError } from '../plugins/errors.ts';
import { requireIfMatch } from '../shared/concurrency.ts';
import { parsePostcode } from '../geo/postcode.ts';
import type { TaxonomyStore } from '../taxonomy/store.ts';
import {
  ListingInput,
  type Listing,
  type ListingPatch,
  type ListingQuery,
  type ListingStatus,
} from './schemas.ts';

type Row = typeof listings.$inferSelect;
type Deps = {
  taxonomy: TaxonomyStore;
  /** CBS area codes containing a point, outermost first (empty outside the gemeente). */
  areaCodesAt: (lat: number, lon: number) => string[];
  /** Called after a write committed (the search indexer drains the outbox). */
  onChange?: () => void;
};

/** Facets a listing can be filtered on; each becomes rows in listing_facets. */
const facetFields = {
  deelambitie: 'deelambities',
  sfeer: 'sferen',
  theme: 'themes',
  bouwsteen: 'bouwstenen',
  vraaggebied: 'vraaggebieden',
  accessibility: 'accessibility',
  language: 'languages',
} as const satisfies Record<string, keyof ListingInput>;

const taxonomyFields = {
  deelambities: 'deelambitie',
  sferen: 'sfeer',
  themes: 'theme',
  bouwstenen: 'bouwsteen',
  vraaggebieden: 'vraaggebied',
} as const;

export type ListingStore = ReturnType<typeof createListingStore>;

export function createListingStore(db: Db, deps: Deps) {
  const nowIso = () => new Date().toISOString();

  /** Server-side completion and reference checks that a schema alone cannot do. */
  function prepare(input: ListingInput): ListingInput {
    const errors: FieldError[] = [];
    const locations = input.locations.map((loc, i) => {
      let postcode = loc.postcode;
      if (postcode !== undefined && postcode !== '') {
        const parsed = parsePostcode(postcode);
        if (parsed.ok) postcode = parsed.normalized;
        else errors.push({ field: `locations.${i}.postcode`, in: 'body', message: parsed.reason });
      }
      const areaCodes = loc.lat !== undefined && loc.lon !== undefined ? deps.areaCodesAt(loc.lat, loc.lon) : [];
      return { ...loc, postcode: postcode || undefined, areaCodes };
    });
    for (const [field, vocabulary] of Object.entries(taxonomyFields)) {
      const known = deps.taxonomy.slugs(vocabulary);
      input[field as keyof typeof taxonomyFields].forEach((slug, i) => {
        if (!known.has(slug)) errors.push({ field: `${field}.${i}`, in: 'body', message: `Onbekende ${vocabulary}: ${slug}.` });
      });
    }
    if (input.organisationId !== null) {
      const org = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!org) errors.push({ field: 'organisationId', in: 'body', message: 'Deze organisatie bestaat niet.' });
    }
    if (errors.length) throw new ProblemError('validation', `${errors[0]!.field}: ${errors[0]!.message}`, errors);
    return { ...input, locations };
  }

  function toRow(input: ListingInput) {
    const { kind, status, title, summary, description, organisationId, locations, schedule, contact, vacature, isExample, verifiedAt, ...details } =
      input;
    return { kind, status, title, summary, description, organisationId, locations, schedule, contact, vacature, isExample, verifiedAt, details };
  }

  function writeDerived(id: string, input: ListingInput) {
    db.delete(listingFacets).where(eq(listingFacets.listingId, id)).run();
    db.delete(listingPoints).where(eq(listingPoints.listingId, id)).run();
    const facets = new Set<string>();
    const rows: { listingId: string; facet: string; value: string }[] = [];
    const add = (facet: string, value: string) => {
      if (facets.has(`${facet}\u0000${value}`)) return;
      facets.add(`${facet}\u0000${value}`);
      rows.push({ listingId: id, facet, value });
    };
    for (const [facet, field] of Object.entries(facetFields)) for (const v of input[field]) add(facet, v);
    for (const loc of input.locations) for (const code of loc.areaCodes) add('area', code);
    if (input.kosten.type === 'gratis') add('kosten', 'gratis');
    if (rows.length) db.insert(listingFacets).values(rows).run();
    const points = input.locations.flatMap((l, position) =>
      l.lat !== undefined && l.lon !== undefined ? [{ listingId: id, position, lat: l.lat, lon: l.lon }] : [],
    );
    if (points.length) db.insert(listingPoints).values(points).run();
  }

  function toListing(row: Row, organisation: { id: string; name: string } | null): Listing {
    const { details, ...rest } = row;
    return { ...(details as Omit<ListingInput, keyof typeof rest>), ...rest, organisation } as Listing;
  }

  /** The stored listing as writable input (for merging a PATCH). */
  function toInput(listing: Listing): ListingInput {
    const { id: _id, organisation: _o, version: _v, createdAt: _c, updatedAt: _u, ...input } = listing;
    return input;
  }

  function selectWithOrganisation() {
    return db
      .select({ row: listings, orgId: organisations.id, orgName: organisations.name })
      .from(listings)
      .leftJoin(organisations, eq(listings.organisationId, organisations.id));
  }
  const fromJoined = (r: { row: Row; orgId: string | null; orgName: string | null }) =>
    toListing(r.row, r.orgId && r.orgName !== null ? { id: r.orgId, name: r.orgName } : null);

  // Prepared once: search hydrates its hits with this on every request.
  const byIds = selectWithOrganisation()
    .where(sql`${listings.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .prepare();

  function get(id: string): Listing | null {
    const r = selectWithOrganisation().where(eq(listings.id, id)).get();
    return r ? fromJoined(r) : null;
  }

  function mustGet(id: string): Listing {
    const listing = get(id);
    if (!listing) throw new ProblemError('not-found', 'Dit aanbod bestaat niet.');
    return listing;
  }

  function insertPrepared(input: ListingInput, id = randomUUID()) {
    db.insert(listings).values({ id, ...toRow(input) }).run();
    writeDerived(id, input);
    return id;
  }

  /** In the writing transaction: the search index learns of the change through the outbox. */
  function enqueueForSearch(ids: string[]) {
    for (let i = 0; i < ids.length; i += 500) {
      db.insert(searchOutbox).values(ids.slice(i, i + 500).map((listingId) => ({ listingId }))).run();
    }
  }
  const changed = () => deps.onChange?.();

  function facetFilter(facet: string, values: string[] | undefined): SQL | undefined {
    if (!values?.length) return undefined;
    return exists(
      db
        .select({ one: sql`1` })
        .from(listingFacets)
        .where(and(eq(listingFacets.listingId, listings.id), eq(listingFacets.facet, facet), inArray(listingFacets.value, values))),
    );
  }

  return {
    get,

    list(query: ListingQuery & { status: ListingStatus[] }) {
      const where = and(
        inArray(listings.status, query.status),
        query.kind?.length ? inArray(listings.kind, query.kind) : undefined,
        query.organisation ? eq(listings.organisationId, query.organisation) : undefined,
        query.example === undefined ? undefined : eq(listings.isExample, query.example),
        facetFilter('deelambitie', query.deelambitie),
        facetFilter('sfeer', query.sfeer),
        facetFilter('theme', query.theme),
        facetFilter('vraaggebied', query.vraaggebied),
        facetFilter('area', query.area),
      );
      const total = db.select({ n: count() }).from(listings).where(where).get()?.n ?? 0;
      const items = selectWithOrganisation()
        .where(where)
        .orderBy(asc(listings.title), asc(listings.id))
        .limit(query.limit)
        .offset((query.page - 1) * query.limit)
        .all()
        .map(fromJoined);
      return { total, page: query.page, limit: query.limit, items };
    },

    create(input: ListingInput): Listing {
      const id = db.transaction(() => {
        const id = insertPrepared(prepare(input));
        enqueueForSearch([id]);
        return id;
      });
      changed();
      return mustGet(id);
    },

    /** Bulk insert in one transaction (seeding, imports): all or nothing. */
    createMany(inputs: ListingInput[]): number {
      db.transaction(() => {
        enqueueForSearch(inputs.map((input) => insertPrepared(prepare(input))));
      });
      changed();
      return inputs.length;
    },

    update(id: string, patch: ListingPatch, ifMatch: string | undefined): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        requireIfMatch(ifMatch, current.version);
        const merged = ListingInput.safeParse({ ...toInput(current), ...patch });
        if (!merged.success) throw validationProblem(merged.error);
        const input = prepare(merged.data);
        // The version check is repeated in the UPDATE itself, so a concurrent writer cannot slip in.
        const res = db
          .update(listings)
          .set({ ...toRow(input), updatedAt: nowIso(), version: current.version + 1 })
          .where(and(eq(listings.id, id), eq(listings.version, current.version)))
          .run();
        if (res.changes !== 1) throw new ProblemError('precondition-failed', 'Iemand anders heeft dit intussen gewijzigd.');
        writeDerived(id, input);
        enqueueForSearch([id]);
      });
      changed();
      return mustGet(id);
    },

    /** DELETE archives: the listing disappears for residents but its history stays. */
    archive(id: string, ifMatch: string | undefined): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        if (ifMatch !== undefined) requireIfMatch(ifMatch, current.version);
        if (current.status === 'gearchiveerd') return;
        db.update(listings)
          .set({ status: 'gearchiveerd', updatedAt: nowIso(), version: current.version + 1 })
          .where(eq(listings.id, id))
          .run();
        enqueueForSearch([id]);
      });
      changed();
      return mustGet(id);
    },

    /** Listings by id, in no particular order (search hits, the indexer). */
    getMany(ids: string[]): Listing[] {
      return byIds.all({ ids: JSON.stringify(ids) }).map(fromJoined);
    },

    /** The attribution lines of published listings ("Bron: Gemeente Amsterdam"). */
    attributions(): string[] {
      const attribution = sql<string | null>`json_extract(${listings.details}, '$.attribution')`;
      return db
        .selectDistinct({ a: attribution })
        .from(listings)
        .where(and(eq(listings.status, 'gepubliceerd'), sql`${attribution} IS NOT NULL`))
        .all()
        .map((r) => r.a!);
    },

    count(status?: ListingStatus): number {
      return db.select({ n: count() }).from(listings).where(status ? eq(listings.status, status) : undefined).get()?.n ?? 0;
    },
  };
}
