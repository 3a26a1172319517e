// Listings in SQLite: every write is one transaction that also rewrites the derived facet and
// point rows, so a rejected or failed write leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { immediate, type Db } from '../../db/client.ts';
import { listingFacets, listingPoints, listingReports, listings, organisations, searchOutbox } from '../../db/schema.ts';
import type { AuditActor, AuditStore } from '../audit/store.ts';
import { ProblemError, validationProblem, type FieldError } from '../plugins/errors.ts';
import { requireIfMatch } from '../shared/concurrency.ts';
import { sanitizeRichText } from '../shared/richtext.ts';
import { parsePostcode } from '../geo/postcode.ts';
import type { TaxonomyStore } from '../taxonomy/store.ts';
import { diffFields, type FieldChange } from './diff.ts';
import { likelyDuplicates, type DuplicateCandidate } from './duplicates.ts';
import { confirmAll, freshnessFields, freshnessOf, verificationAfterEdit, type FreshnessField } from './freshness.ts';
import { needsReason, transitionAction } from './lifecycle.ts';
import {
  ListingInput,
  type Listing,
  type ListingPatch,
  type ListingQuery,
  type ListingStatus,
  type DuplicateCheckInput,
} from './schemas.ts';

type Row = typeof listings.$inferSelect;
type Deps = {
  taxonomy: TaxonomyStore;
  /** Every change is recorded in the same transaction; seeding passes none. */
  audit?: AuditStore;
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

/** 409 when `to` does not follow `from`; 400 when sending back without a reason. */
/** The part of a listing a search hit shows (ListingStore.hitFields). */
export type HitFields = Pick<Listing, 'id' | 'kind' | 'status' | 'title' | 'summary' | 'locations' | 'schedule' | 'isExample' | 'attribution'>;

export function checkTransition(from: ListingStatus, to: ListingStatus, reason: string | null) {
  if (!transitionAction(from, to)) {
    throw new ProblemError('conflict', `Van "${from}" kan dit aanbod niet naar "${to}".`, [
      { field: 'to', in: 'body', message: `Niet mogelijk vanuit ${from}.` },
    ]);
  }
  if (needsReason(from, to) && !reason?.trim()) {
    throw new ProblemError('validation', 'Schrijf erbij waarom je het terugstuurt, zodat de eigenaar het kan verbeteren.', [
      { field: 'reason', in: 'body', message: 'Geef een reden.' },
    ]);
  }
}

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
    // Descriptions are rich text: whatever markup arrives, only the harmless subset is stored.
    return { ...input, description: sanitizeRichText(input.description), locations };
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
    const freshness = freshnessOf({ verifiedAt: row.verifiedAt, fieldVerifiedAt: row.fieldVerifiedAt }, new Date());
    // Object.assign rather than spreads: the same keys in the same order, but spreading the parsed
    // details was most of the cost of reading listings (a full reindex reads every one).
    return Object.assign({}, details as Omit<ListingInput, keyof typeof rest>, rest, { organisation, freshness }) as Listing;
  }

  /** The stored listing as writable input (for merging a PATCH, and for diffs). */
  function toInput(listing: Listing): ListingInput {
    const {
      id: _id,
      organisation: _o,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      freshness: _f,
      fieldVerifiedAt: _fv,
      mergedInto: _m,
      allowedActions: _a,
      ...input
    } = listing;
    return input;
  }

  /** Writes the server-owned columns of one listing, bumping its version; false when it moved on. */
  function bump(current: Listing, set: Partial<typeof listings.$inferInsert>): void {
    const res = db
      .update(listings)
      .set({ ...set, updatedAt: nowIso(), version: current.version + 1 })
      .where(and(eq(listings.id, current.id), eq(listings.version, current.version)))
      .run();
    // The version check is repeated in the UPDATE itself, so a concurrent writer cannot slip in.
    if (res.changes !== 1) throw new ProblemError('precondition-failed', 'Iemand anders heeft dit intussen gewijzigd.');
  }

  function audit(by: AuditActor | undefined, entityId: string, action: string, changes: FieldChange[] = [], reason: string | null = null) {
    if (by) deps.audit?.record({ actor: by, entityType: 'listing', entityId, action, changes, reason });
  }

  function selectWithOrganisation() {
    return db
      .select({ row: listings, orgId: organisations.id, orgName: organisations.name })
      .from(listings)
      .leftJoin(organisations, eq(listings.organisationId, organisations.id));
  }
  const fromJoined = (r: { row: Row; orgId: string | null; orgName: string | null }) =>
    toListing(r.row, r.orgId && r.orgName !== null ? { id: r.orgId, name: r.orgName } : null);

  const idIn = sql`${listings.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`;
  const byIds = selectWithOrganisation().where(idIn).prepare();
  // Prepared once: search reads these few fields of its hits on every request, not whole listings.
  const hitFieldsByIds = db
    .select({
      id: listings.id,
      kind: listings.kind,
      status: listings.status,
      title: listings.title,
      summary: listings.summary,
      locations: listings.locations,
      schedule: listings.schedule,
      isExample: listings.isExample,
      attribution: sql<string | null>`json_extract(${listings.details}, '$.attribution')`,
    })
    .from(listings)
    .where(idIn)
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

    create(input: ListingInput, by?: AuditActor): Listing {
      const id = db.transaction(() => {
        const id = insertPrepared(prepare(input));
        audit(by, id, 'aangemaakt', [{ field: 'status', old: null, new: input.status }]);
        enqueueForSearch([id]);
        return id;
      }, immediate);
      changed();
      return mustGet(id);
    },

    /** Bulk insert in one transaction (seeding, imports): all or nothing. */
    createMany(inputs: ListingInput[]): number {
      db.transaction(() => {
        enqueueForSearch(inputs.map((input) => insertPrepared(prepare(input))));
      }, immediate);
      changed();
      return inputs.length;
    },

    /** Validated and completed (area codes, sanitised text) without writing: for policy checks. */
    prepared: (input: ListingInput) => prepare(structuredClone(input)),

    /** Existing listings that look like this one: near with a similar name, or the same phone/website/e-mail. */
    likelyDuplicates(input: DuplicateCheckInput) {
      const candidate: DuplicateCandidate = { id: input.id ?? '', title: input.title, locations: input.locations, contact: input.contact };
      // Only listings that could match are compared: near one of the points, or sharing a contact value.
      const near = input.locations.flatMap((l) =>
        l.lat === undefined || l.lon === undefined
          ? []
          : db
              .selectDistinct({ id: listingPoints.listingId })
              .from(listingPoints)
              .where(sql`${listingPoints.lat} BETWEEN ${l.lat - 0.002} AND ${l.lat + 0.002} AND ${listingPoints.lon} BETWEEN ${l.lon - 0.003} AND ${l.lon + 0.003}`)
              .all()
              .map((r) => r.id),
      );
      // Contact values are compared in their normalised form, so that part is done here, not in SQL.
      const withContact = input.contact.phone || input.contact.website || input.contact.email;
      const sameContact = withContact
        ? db
            .select({ id: listings.id, contact: listings.contact })
            .from(listings)
            .where(and(sql`${listings.status} != 'gearchiveerd'`, sql`${listings.contact} != '{}'`))
            .all()
            .filter((r) => likelyDuplicates({ ...candidate, locations: [] }, [{ id: r.id, title: '', locations: [], contact: r.contact }]).length > 0)
            .map((r) => r.id)
        : [];
      const existing = this.getMany([...new Set([...near, ...sameContact])]).filter((l) => l.status !== 'gearchiveerd');
      const byId = new Map(existing.map((l) => [l.id, l]));
      return likelyDuplicates(candidate, existing).map((m) => {
        const l = byId.get(m.id)!;
        return { ...m, title: l.title, status: l.status, organisation: l.organisation };
      });
    },

    /** The PATCH merged over the current listing and validated as a whole, without writing anything. */
    merged(current: Listing, patch: ListingPatch): ListingInput {
      const merged = ListingInput.safeParse({ ...toInput(current), ...patch });
      if (!merged.success) throw validationProblem(merged.error);
      return prepare(merged.data);
    },

    /** Field-level changes a PATCH would make (the moderation queue shows these). */
    diff(current: Listing, patch: ListingPatch): FieldChange[] {
      return diffFields(toInput(current), this.merged(current, patch) as unknown as Record<string, unknown>);
    },

    update(id: string, patch: ListingPatch, ifMatch: string | undefined, by?: AuditActor, action = 'gewijzigd'): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        requireIfMatch(ifMatch, current.version);
        const input = this.merged(current, patch);
        const changes = diffFields(toInput(current), input as unknown as Record<string, unknown>);
        if (changes.length === 0) return;
        // Whoever changes the opening hours or contact details has just checked them.
        const fieldVerifiedAt = verificationAfterEdit(current, input, new Date());
        bump(current, { ...toRow(input), fieldVerifiedAt });
        writeDerived(id, input);
        audit(by, id, action, changes);
        enqueueForSearch([id]);
      }, immediate);
      changed();
      return mustGet(id);
    },

    /**
     * One lifecycle step. A step that does not follow from the current status is a 409; the
     * policy check (may this person take it?) happens before, in the route.
     */
    transition(id: string, to: ListingStatus, ifMatch: string | undefined, by?: AuditActor, reason: string | null = null): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        if (ifMatch !== undefined) requireIfMatch(ifMatch, current.version);
        checkTransition(current.status, to, reason);
        bump(current, { status: to });
        audit(by, id, `status: ${to}`, [{ field: 'status', old: current.status, new: to }], reason);
        enqueueForSearch([id]);
      }, immediate);
      changed();
      return mustGet(id);
    },

    /** DELETE archives: the listing disappears for residents but its history stays. */
    archive(id: string, ifMatch: string | undefined, by?: AuditActor): Listing {
      const current = mustGet(id);
      if (current.status === 'gearchiveerd') return current;
      return this.transition(id, 'gearchiveerd', ifMatch, by);
    },

    /** "Klopt nog": the checked parts (all when none named) are verified now. */
    verify(id: string, fields: FreshnessField[] | undefined, by: AuditActor): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        const now = new Date();
        const all = confirmAll(now);
        const set = fields
          ? { fieldVerifiedAt: { ...current.fieldVerifiedAt, ...Object.fromEntries(fields.map((f) => [f, now.toISOString()])) } }
          : all;
        bump(current, set);
        audit(by, id, 'gecontroleerd', [{ field: 'verified', old: null, new: fields ?? ['listing', ...freshnessFields] }]);
        enqueueForSearch([id]);
      }, immediate);
      changed();
      return mustGet(id);
    },

    /** A steward merges a duplicate into the listing that stays: sources move, the duplicate is archived. */
    merge(id: string, intoId: string, by: AuditActor): Listing {
      if (id === intoId) throw new ProblemError('conflict', 'Een aanbod kan niet met zichzelf worden samengevoegd.');
      db.transaction(() => {
        const duplicate = mustGet(id);
        const survivor = mustGet(intoId);
        if (survivor.status === 'gearchiveerd') throw new ProblemError('conflict', 'Het aanbod dat blijft, is gearchiveerd.');
        if (duplicate.mergedInto) throw new ProblemError('conflict', 'Dit aanbod is al samengevoegd.');
        const seen = new Set(survivor.sources.map((s) => `${s.system}\u0000${s.id}`));
        const sources = [...survivor.sources, ...duplicate.sources.filter((s) => !seen.has(`${s.system}\u0000${s.id}`))];
        if (sources.length !== survivor.sources.length) {
          const input = { ...toInput(survivor), sources };
          bump(survivor, toRow(input));
          audit(by, intoId, 'samengevoegd', [{ field: 'sources', old: survivor.sources, new: sources }]);
        } else audit(by, intoId, 'samengevoegd');
        db.update(listingReports).set({ listingId: intoId }).where(eq(listingReports.listingId, id)).run();
        deps.audit?.copyHistory('listing', id, intoId);
        bump(duplicate, { status: 'gearchiveerd', mergedInto: intoId });
        audit(by, id, `samengevoegd met ${survivor.title}`, [
          { field: 'status', old: duplicate.status, new: 'gearchiveerd' },
          { field: 'mergedInto', old: null, new: intoId },
        ]);
        enqueueForSearch([id, intoId]);
      }, immediate);
      changed();
      return mustGet(intoId);
    },

    /** A claim accepted by a steward: the listing now belongs to this organisation. */
    setOrganisation(id: string, organisationId: string, by: AuditActor): Listing {
      db.transaction(() => {
        const current = mustGet(id);
        bump(current, { organisationId });
        audit(by, id, 'geclaimd', [{ field: 'organisationId', old: current.organisationId, new: organisationId }]);
        enqueueForSearch([id]);
      }, immediate);
      changed();
      return mustGet(id);
    },

    /** "Mijn aanbod": every listing of these organisations, whatever its status. */
    ofOrganisations(ids: string[]): Listing[] {
      if (!ids.length) return [];
      return selectWithOrganisation()
        .where(inArray(listings.organisationId, ids))
        .orderBy(asc(listings.title), asc(listings.id))
        .all()
        .map(fromJoined);
    },

    /** Listings by id, in no particular order (search hits, the indexer). */
    getMany(ids: string[]): Listing[] {
      return byIds.all({ ids: JSON.stringify(ids) }).map(fromJoined);
    },

    /** What a search hit shows of each listing, by id, in no particular order. */
    hitFields(ids: string[]): HitFields[] {
      return hitFieldsByIds.all({ ids: JSON.stringify(ids) }) as HitFields[];
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
