// The Meilisearch engine: the same SearchEngine contract as the embedded SQLite FTS5 engine, served
// by an external Meilisearch (1.21) through the official client (meilisearch-js 0.62).
//
// What Meilisearch does itself: tokenising, prefix search on the last word, typo tolerance
// (1 typo from 5 letters, 2 from 9: the rule analyze.typosAllowed mirrors), synonyms, stop words,
// filters, facet counts and geo filters/sorting. What we do here: map SearchDocument to a
// Meilisearch document, translate EngineQuery to a filter expression and search parameters, and
// map the answer back to EngineResult.
//
// Known limitations (compared with the embedded engine):
// - One `_geo` point per document: a listing with several locations is indexed at its FIRST
//   location only, so near/bbox filters, distance sorting and distanceMeters use that location.
// - sort=distance with query text is made exact client-side for result sets of up to
//   EXACT_DISTANCE_SORT_CAP hits (see search()); beyond that the order is Meilisearch's, which
//   sorts by distance only within equally relevant buckets.
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type SearchParams, type Settings, type Task } from 'meilisearch';
import { maxQueryWords, normalise } from './analyze.ts';
import { facetNames, type EngineHit, type EngineQuery, type EngineResult, type EngineSettings, type FacetName, type SearchDocument, type SearchEngine } from './contract.ts';

/** Documents per addDocuments request; Meilisearch indexes each request as one task. */
const UPSERT_BATCH_SIZE = 5_000;
/** How long we wait for one task (a batch of 5,000 documents takes seconds, not minutes). */
const TASK_TIMEOUT_MS = 120_000;
const TASK_POLL_INTERVAL_MS = 25;
/** Per HTTP request. */
const REQUEST_TIMEOUT_MS = 30_000;
const HEALTH_TIMEOUT_MS = 2_000;
/** totalHits in page mode is exact up to this many hits (Meilisearch's default is only 1,000). */
const MAX_TOTAL_HITS = 200_000;
/** Enough for every area code of a gemeente (~200) and every taxonomy term in one facet. */
const MAX_VALUES_PER_FACET = 1_000;
/** Largest result set we re-sort by distance ourselves when sort=distance meets query text. */
export const EXACT_DISTANCE_SORT_CAP = 10_000;

/**
 * The searchable text fields, most important first: the `attribute` ranking rule follows this
 * order. `stems` (Dutch stems of the naming words) sits with `compounds`: both are derived forms
 * of the naming texts, worth more than the description (as in the embedded engine's weights).
 * Meilisearch has no Dutch stemmer, so the query is not stemmed; the stems field still lets a
 * query word reach a stem within its typo budget ("bibliotheek" ~ "bibliothek").
 */
const searchableAttributes = ['title', 'taxonomy', 'summary', 'places', 'compounds', 'stems', 'description', 'extra'] as const;

/**
 * Meilisearch's default ranking rules, in their default order, written out so the order is ours:
 * `sort` comes after `attribute` (and after words/typo/proximity) on purpose. With an origin we
 * always pass a `_geoPoint(...)` sort, also for sort=relevance; placed here it only breaks ties
 * between documents that are equally relevant textually (same words, typos, proximity and best
 * field), so "koffie" still shows a listing with koffie in its title before one that mentions
 * coffee in its description three streets closer, and among equals the nearest comes first.
 * Were `sort` first, every query with an origin would become a pure distance sort.
 * With empty text the textual rules are all ties, so the geo sort decides the whole order.
 */
const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/** The document as Meilisearch stores it. */
type MeiliDocument = {
  id: string;
  title: string;
  taxonomy: string;
  summary: string;
  places: string;
  description: string;
  extra: string;
  compounds: string;
  stems: string;
  facets: Record<FacetName, string[]>;
  free: boolean;
  ageMin: number | null;
  ageMax: number | null;
  openSlots: number[];
  openSlotsUntil: string | null;
  isExample: boolean;
  updatedAt: string;
  /** Meilisearch's reserved geo field: one point per document, `lng` not `lon`. */
  _geo?: { lat: number; lng: number };
};

type MeiliHit = { id: string; _rankingScore?: number; _geoDistance?: number };

export type MeilisearchEngineOptions = { url: string; apiKey?: string; index?: string };

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const facets = {} as Record<FacetName, string[]>;
  for (const name of facetNames) facets[name] = [...(doc.facets[name] ?? [])];
  const out: MeiliDocument = {
    id: doc.id,
    title: doc.title,
    taxonomy: doc.taxonomy,
    summary: doc.summary,
    places: doc.places,
    description: doc.description,
    extra: doc.extra,
    compounds: doc.compounds,
    stems: doc.stems,
    facets,
    free: doc.free,
    ageMin: doc.ageMin,
    ageMax: doc.ageMax,
    openSlots: doc.openSlots,
    openSlotsUntil: doc.openSlotsUntil,
    isExample: doc.isExample,
    updatedAt: doc.updatedAt,
  };
  // Meilisearch supports a single `_geo` point per document: a multi-location listing is found
  // (near, bbox, distance) by its first location in this engine. The embedded engine uses all.
  const first = doc.points[0];
  if (first) out._geo = { lat: first.lat, lng: first.lon };
  return out;
}

/** Meilisearch settings for EngineSettings; exported for tests and for inspection. */
export function meiliSettings(settings: EngineSettings): Settings {
  return {
    searchableAttributes: [...searchableAttributes],
    filterableAttributes: [...facetNames.map((n) => `facets.${n}`), 'free', 'ageMin', 'ageMax', 'openSlots', '_geo', 'isExample'],
    sortableAttributes: ['_geo'],
    rankingRules,
    synonyms: meiliSynonyms(settings.synonyms),
    stopWords: [...new Set(settings.stopWords.map(normalise).filter((w) => w !== ''))],
    // Meilisearch's defaults, written out because analyze.typosAllowed relies on them.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Tell the tokenizer the texts are Dutch rather than letting it guess per document: a guess
    // of German would switch on German compound splitting for some listings and not others.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  };
}

/**
 * Groups of equivalent words → Meilisearch's map "word → words that also match it". Every member
 * maps to all other members of its groups (mutual synonyms), keyed by the normalised form.
 */
export function meiliSynonyms(groups: string[][]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const members = [...new Set(group.map(normalise).filter((s) => s !== ''))];
    for (const m of members) {
      const set = map.get(m) ?? new Set<string>();
      for (const other of members) if (other !== m) set.add(other);
      map.set(m, set);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [k, v] of map) if (v.size > 0) out[k] = [...v].sort();
  return out;
}

/** A string literal for a Meilisearch filter: double quotes, with `\` and `"` escaped. */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function filterNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`filter value must be a finite number, got ${n}`);
  return String(n);
}

/** The filter expression for EngineQuery.filters: AND across filters, OR within one facet. */
export function buildFilter(filters: EngineQuery['filters']): string | undefined {
  const parts: string[] = [];
  for (const name of facetNames) {
    const values = filters.facets[name];
    // An empty list means "no constraint", not "match nothing".
    if (!values || values.length === 0) continue;
    parts.push(`facets.${name} IN [${values.map(filterString).join(', ')}]`);
  }
  if (filters.free !== undefined) parts.push(`free = ${filters.free ? 'true' : 'false'}`);
  if (filters.example !== undefined) parts.push(`isExample = ${filters.example ? 'true' : 'false'}`);
  if (filters.age !== undefined) {
    const a = filterNumber(filters.age);
    parts.push(`(ageMin IS NULL OR ageMin <= ${a}) AND (ageMax IS NULL OR ageMax >= ${a})`);
  }
  if (filters.openSlot !== undefined) parts.push(`openSlots = ${filterNumber(filters.openSlot)}`);
  if (filters.near) {
    const { lat, lon, radiusMeters } = filters.near;
    parts.push(`_geoRadius(${filterNumber(lat)}, ${filterNumber(lon)}, ${filterNumber(radiusMeters)})`);
  }
  if (filters.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filters.bbox;
    // Meilisearch 1.21: first the north-east (top-right) corner, then the south-west (bottom-left).
    parts.push(
      `_geoBoundingBox([${filterNumber(maxLat)}, ${filterNumber(maxLon)}], [${filterNumber(minLat)}, ${filterNumber(minLon)}])`,
    );
  }
  if (parts.length === 0) return undefined;
  return parts.map((p) => `(${p})`).join(' AND ');
}

/**
 * The query text for Meilisearch: normalised (lowercase, no diacritics, punctuation → space),
 * capped at maxQueryWords words. Synonyms and stop words are NOT applied here: Meilisearch does
 * both from its settings. A trailing space is kept, because it tells Meilisearch (as it tells
 * analyze.analyseQuery) that the last word is complete and must not be matched as a prefix.
 */
export function queryText(text: string): string {
  const all = normalise(text).split(' ').filter((w) => w !== '');
  const words = all.slice(0, maxQueryWords);
  if (words.length === 0) return '';
  // The last word kept is complete when the resident typed a space after it or more words follow.
  const complete = /\s$/.test(text) || all.length > words.length;
  return words.join(' ') + (complete ? ' ' : '');
}

function emptyFacets(): Record<FacetName, Record<string, number>> {
  const out = {} as Record<FacetName, Record<string, number>>;
  for (const name of facetNames) out[name] = {};
  return out;
}

/**
 * Page-mode parameters (exact totalHits) that cover [offset, offset + limit): the smallest page
 * size ≥ limit for which the window falls inside one page. Returns the page, its size and where
 * the window starts within it.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit <= 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  for (let size = limit; ; size++) {
    const first = Math.floor(offset / size);
    if (first === Math.floor((offset + limit - 1) / size)) return { page: first + 1, hitsPerPage: size, skip: offset - first * size };
  }
}

export function createMeilisearchEngine(opts: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({
    host: opts.url,
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    timeout: REQUEST_TIMEOUT_MS,
    defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_INTERVAL_MS },
  });
  const indexUid = opts.index ?? 'listings';
  const index = client.index<MeiliDocument>(indexUid);
  const facetAttributes = facetNames.map((n) => `facets.${n}`);

  /** Wait for a task and throw unless it succeeded, so callers only see work that is really done. */
  async function done(what: string, enqueued: EnqueuedTaskPromise, tolerate?: (task: Task) => boolean): Promise<Task> {
    const task = await enqueued.waitTask();
    if (task.status === 'succeeded' || tolerate?.(task)) return task;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new Error(`Meilisearch ${what} on index "${indexUid}" did not succeed (task ${task.uid}): ${reason}`);
  }

  async function searchOnce(
    q: string,
    filter: string | undefined,
    query: EngineQuery,
    strategy: 'all' | 'last',
  ): Promise<EngineResult> {
    const origin = query.origin;
    const geoSort = origin ? [`_geoPoint(${filterNumber(origin.lat)}, ${filterNumber(origin.lon)}):asc`] : undefined;
    // sort=distance without an origin has nothing to measure from: it is a relevance search.
    const exactDistance = query.sort === 'distance' && origin !== undefined && q.trim() !== '';
    const offset = Math.max(0, Math.floor(query.offset));
    const limit = Math.max(0, Math.floor(query.limit));
    const window = exactDistance ? { page: 1, hitsPerPage: EXACT_DISTANCE_SORT_CAP, skip: 0 } : pageWindow(offset, limit);
    const params = {
      filter,
      sort: geoSort,
      facets: facetAttributes,
      // _geo must be retrieved for Meilisearch to return _geoDistance.
      attributesToRetrieve: origin ? ['id', '_geo'] : ['id'],
      showRankingScore: true,
      matchingStrategy: strategy,
      locales: ['nld'],
      page: window.page,
      hitsPerPage: window.hitsPerPage,
    } satisfies SearchParams;
    const res = await index.search<MeiliHit, typeof params>(q, params);

    let hits: EngineHit[] = res.hits.map((h) => {
      const hit: EngineHit = { id: String(h.id), score: h._rankingScore ?? 0 };
      if (origin && typeof h._geoDistance === 'number') hit.distanceMeters = h._geoDistance;
      return hit;
    });
    if (exactDistance) {
      // Meilisearch sorts by distance only within equally relevant buckets (`sort` comes after
      // `attribute`), so for sort=distance with text we order the matches ourselves: by distance,
      // documents without a point last, equal distances in Meilisearch's (relevance) order.
      const far = Number.POSITIVE_INFINITY;
      hits = hits
        .map((h, i) => ({ h, i }))
        .sort((a, b) => (a.h.distanceMeters ?? far) - (b.h.distanceMeters ?? far) || a.i - b.i)
        .map(({ h }) => h)
        .slice(offset, offset + limit);
    } else {
      hits = hits.slice(window.skip, window.skip + limit);
    }

    const facets = emptyFacets();
    for (const name of facetNames) {
      const dist = res.facetDistribution?.[`facets.${name}`];
      if (dist) for (const [value, count] of Object.entries(dist)) if (count > 0) facets[name][value] = count;
    }
    return { total: res.totalHits, hits, facets };
  }

  return {
    name: 'meilisearch',

    async setup(settings) {
      await done(
        'index creation',
        client.createIndex(indexUid, { primaryKey: 'id' }),
        (task) => task.error?.code === 'index_already_exists',
      );
      await done('settings update', index.updateSettings(meiliSettings(settings)));
    },

    async upsert(docs) {
      if (docs.length === 0) return;
      const pending: EnqueuedTaskPromise[] = [];
      for (let i = 0; i < docs.length; i += UPSERT_BATCH_SIZE) {
        const batch = docs.slice(i, i + UPSERT_BATCH_SIZE).map(toMeiliDocument);
        const p = index.addDocuments(batch, { primaryKey: 'id' });
        // Enqueue every batch before waiting: Meilisearch may index them together.
        await p;
        pending.push(p);
      }
      for (const p of pending) await done('document upsert', p);
    },

    async remove(ids) {
      if (ids.length === 0) return;
      const pending: EnqueuedTaskPromise[] = [];
      for (let i = 0; i < ids.length; i += UPSERT_BATCH_SIZE) {
        const p = index.deleteDocuments(ids.slice(i, i + UPSERT_BATCH_SIZE));
        await p;
        pending.push(p);
      }
      for (const p of pending) await done('document removal', p);
    },

    async clear() {
      await done('clear', index.deleteAllDocuments());
    },

    async search(query) {
      const q = queryText(query.text);
      const filter = buildFilter(query.filters);
      // Every word must match ("koffie noord" should not list all koffie everywhere); only when
      // nothing matches all words do we loosen to Meilisearch's `last` strategy, which drops
      // words from the end until something matches.
      const first = await searchOnce(q, filter, query, 'all');
      if (first.total > 0 || q.trim().split(' ').length < 2) return first;
      return searchOnce(q, filter, query, 'last');
    },

    async documentCount() {
      try {
        return (await index.getStats()).numberOfDocuments;
      } catch (err) {
        // A new index that setup() has not created yet holds nothing.
        if (err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found') return 0;
        throw err;
      }
    },

    async healthy() {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
        });
        return await Promise.race([client.isHealthy(), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },

    async close() {
      // The client holds no connections or timers of its own (plain fetch); nothing to release.
    },
  };
}

