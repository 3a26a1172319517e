// The Meilisearch engine: the same SearchEngine contract as the embedded SQLite FTS5 engine, served
// by an external Meilisearch (1.21) through the official client (meilisearch-js 0.62).
//
// What Meilisearch does itself: tokenising, prefix search on the last word, typo tolerance
// (1 typo from 5 letters, 2 from 9: the rule analyze.typosAllowed mirrors), synonym expansion,
// filters, facet counts, geo filters and geo sorting. What we do here: map SearchDocument to a
// Meilisearch document; read the query with analyze.analyseQuery like the embedded engine does
// (stop words, which word is a prefix, synonym phrases: see queryText); translate the filters to
// a filter expression; require every word first and loosen only when nothing matches; make
// sort=distance exact; map the answer back to EngineResult with exact totals (page mode).
//
// Known limitations (compared with the embedded engine):
// - One `_geo` point per document: a listing with several locations is indexed at its FIRST
//   location only, so near/bbox filters, distance sorting and distanceMeters use that location.
// - sort=distance with query text is made exact here (nearestFirst), because Meilisearch's geo
//   sort only orders equally relevant documents; it costs a few extra count-only searches.
// - With an origin and sort=relevance, distance only breaks ties between equally relevant
//   listings (see rankingRules); the embedded engine blends distance into its score instead.
// - Synonyms live in the index settings: call setup() in every process before searching (it is
//   cheap when nothing changed), since queryText needs them too.
import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type SearchParams, type Settings, type Task } from 'meilisearch';
import { analyseQuery, normalise } from './analyze.ts';
import { facetNames, type EngineHit, type EngineQuery, type EngineSettings, type FacetName, type SearchDocument, type SearchEngine } from './contract.ts';

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
/**
 * sort=distance with text: most hits we fetch to order by distance ourselves (see nearestFirst).
 * Only reached when that many matches lie at (nearly) the same distance or a page is that deep.
 */
export const EXACT_DISTANCE_SORT_CAP = 10_000;
/** A _geoRadius this large covers the whole earth. */
const EARTH_HALF_CIRCUMFERENCE_METERS = 20_100_000;

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
const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'fresh:desc'];

/** The document as Meilisearch stores it. */
type MeiliDocument = Omit<SearchDocument, 'points'> & {
  /** Meilisearch's reserved geo field: one point per document, `lng` not `lon`. */
  _geo?: { lat: number; lng: number };
  /** Whether _geo is set: lets a filter pick the documents without a point (nearestFirst). */
  hasPoint: boolean;
  /** 1 unless the information had expired when the document was built (ranking rule `fresh:desc`). */
  fresh: 0 | 1;
};

type LatLon = { lat: number; lon: number };
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
    staleAfter: doc.staleAfter,
    // Meilisearch cannot compare with "now" at query time: expiry is judged when the document is
    // built, and the indexer's daily refresh rebuilds the documents that can expire.
    fresh: doc.staleAfter === null || Date.parse(doc.staleAfter) > Date.now() ? 1 : 0,
    hasPoint: doc.points.length > 0,
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
    // Granular: only what our filters use. Equality-only attributes skip the range structures,
    // which matters most for openSlots (hundreds of numbers per listing: ~30% faster indexing).
    filterableAttributes: [
      {
        attributePatterns: [...facetNames.map((n) => `facets.${n}`), 'free', 'isExample', 'hasPoint', 'openSlots'],
        features: { facetSearch: false, filter: { equality: true, comparison: false } },
      },
      { attributePatterns: ['ageMin', 'ageMax'], features: { facetSearch: false, filter: { equality: true, comparison: true } } },
      '_geo',
    ],
    sortableAttributes: ['_geo'],
    rankingRules,
    synonyms: meiliSynonyms(settings.synonyms),
    stopWords: meiliStopWords(settings),
    // Meilisearch's defaults, written out because analyze.typosAllowed relies on them.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    // We never search within facet values (the facet-search endpoint): do not build its index.
    facetSearch: false,
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Tell the tokenizer the texts are Dutch rather than letting it guess per document: a guess
    // of German would switch on German compound splitting for some listings and not others.
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  };
}

/**
 * Stop words for the index: settings.stopWords, except words that occur inside a multi-word
 * synonym. Meilisearch leaves stop words out of the index, and then a synonym phrase such as
 * "huis van de wijk" can no longer match the document that says "Huis van de Wijk" (its words
 * are no longer adjacent). Query-side stop words are handled by queryText for every word.
 */
export function meiliStopWords(settings: EngineSettings): string[] {
  const inPhrases = new Set(
    settings.synonyms.flatMap((group) => group.map(normalise).filter((s) => s.includes(' ')).flatMap((s) => s.split(' '))),
  );
  return [...new Set(settings.stopWords.map(normalise).filter((w) => w !== '' && !inPhrases.has(w)))];
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
  const s = String(n);
  // The filter grammar has no exponent notation ("1e-7"): write such numbers out.
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, '') : s;
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
 * The query text for Meilisearch, from analyze.analyseQuery so that both engines read a query the
 * same way: normalised (lowercase, no diacritics, punctuation → space), at most maxQueryWords
 * words, stop words dropped (unless nothing else is left), a synonym phrase kept whole. Only the
 * typed words are sent, not the alternatives or stems: Meilisearch expands synonyms from its own
 * settings. One exception: Meilisearch recognises a synonym in the query only when it is at most
 * three words long, so "huis van de wijk" would be searched word by word; a synonym phrase is
 * therefore sent as the shortest member of its group ("buurthuis"), which Meilisearch expands to
 * the whole group again, "huis van de wijk" included (a multi-word synonym VALUE works at any
 * length, as long as its words are not stop words in the index: see meiliStopWords).
 * The last word is matched as a prefix by Meilisearch unless the query ends with a space, so a
 * trailing space is added exactly when analyseQuery says the last term is complete
 * ("koffie in de buurt" → "koffie ": the resident finished typing "koffie").
 */
export function queryText(text: string, synonyms: string[][] = []): { q: string; terms: number } {
  const { terms } = analyseQuery(text, synonyms);
  const last = terms.at(-1);
  if (!last) return { q: '', terms: 0 };
  const words = terms.map((t) => {
    if (!t.word.includes(' ')) return t.word;
    const length = (s: string) => s.split(' ').length;
    return [t.word, ...t.alternatives].reduce((best, s) => (length(s) < length(best) ? s : best));
  });
  return { q: words.join(' ') + (last.prefix ? '' : ' '), terms: terms.length };
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
  /** From setup(): analyseQuery needs them to keep synonym phrases whole. */
  let synonyms: string[][] = [];

  /**
   * Writes one after another, each once the one before is done (failed or not): two requests in
   * flight at once could reach Meilisearch in either order (see the SearchEngine contract).
   */
  let lastWrite: Promise<unknown> = Promise.resolve();
  function inOrder(write: () => Promise<unknown>): Promise<void> {
    const next = lastWrite.then(write, write);
    lastWrite = next.catch(() => {});
    return next.then(() => {});
  }

  /** Wait for a task and throw unless it succeeded, so callers only see work that is really done. */
  async function done(what: string, enqueued: EnqueuedTaskPromise, tolerate?: (task: Task) => boolean): Promise<Task> {
    const task = await enqueued.waitTask();
    if (task.status === 'succeeded' || tolerate?.(task)) return task;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new Error(`Meilisearch ${what} on index "${indexUid}" did not succeed (task ${task.uid}): ${reason}`);
  }

  type Strategy = 'all' | 'last';
  type Window = { page: number; hitsPerPage: number };

  /** One Meilisearch search in page mode (exact totalHits), hits mapped to EngineHit. */
  async function run(q: string, filter: string | undefined, strategy: Strategy, window: Window, origin?: LatLon, withFacets = false) {
    const params = {
      filter,
      sort: origin ? [`_geoPoint(${filterNumber(origin.lat)}, ${filterNumber(origin.lon)}):asc`] : undefined,
      facets: withFacets ? facetAttributes : undefined,
      // _geo must be retrieved for Meilisearch to return _geoDistance.
      attributesToRetrieve: origin ? ['id', '_geo'] : ['id'],
      showRankingScore: true,
      matchingStrategy: strategy,
      locales: ['nld'],
      page: window.page,
      hitsPerPage: window.hitsPerPage,
    } satisfies SearchParams;
    const res = await index.search<MeiliHit, typeof params>(q, params);
    const hits = res.hits.map((h) => {
      const hit: EngineHit = { id: String(h.id), score: h._rankingScore ?? 0 };
      if (origin && typeof h._geoDistance === 'number') hit.distanceMeters = h._geoDistance;
      return hit;
    });
    return { total: res.totalHits, hits, facetDistribution: res.facetDistribution };
  }

  const count = async (q: string, filter: string | undefined, strategy: Strategy) =>
    (await run(q, filter, strategy, { page: 1, hitsPerPage: 0 })).total;

  /**
   * sort=distance with query text, exactly. Meilisearch's own geo sort only orders documents
   * within equally relevant buckets (`sort` comes after `attribute`, see rankingRules), so we
   * order by distance ourselves, without fetching the whole result: a few cheap count-only
   * searches find a ring around the origin, inner radius holding at most `offset` matches and
   * outer radius at least `offset + limit`; we fetch only the matches in that ring and sort them
   * (equal distances keep Meilisearch's relevance order). Matches without a point come after all
   * matches with one, in relevance order. Cost: up to ~20 count searches (a few ms each) and
   * about `limit` to a few hundred fetched hits, however large the result or deep the page.
   */
  async function nearestFirst(q: string, filter: string | undefined, strategy: Strategy, origin: LatLon, offset: number, limit: number) {
    const need = offset + limit;
    const and = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined).map((p) => `(${p})`).join(' AND ');
    const placedFilter = and(filter, 'hasPoint = true');
    const placedTotal = await count(q, placedFilter, strategy);
    const circle = (r: number) => `_geoRadius(${filterNumber(origin.lat)}, ${filterNumber(origin.lon)}, ${r})`;
    const within = (r: number) => (r >= EARTH_HALF_CIRCUMFERENCE_METERS ? placedFilter : and(filter, circle(r)));
    const countWithin = (r: number) => (r >= EARTH_HALF_CIRCUMFERENCE_METERS ? placedTotal : count(q, within(r), strategy));

    let placed: EngineHit[] = [];
    if (offset < placedTotal) {
      const want = Math.min(need, placedTotal);
      // inner: the largest radius known to hold ≤ offset matches; outer: the smallest ≥ want.
      let inner = 0;
      let innerCount = 0;
      let outer = 1_000;
      let outerCount = await countWithin(outer);
      for (let i = 0; outerCount < want && i < 40; i++) {
        if (outerCount <= offset) [inner, innerCount] = [outer, outerCount];
        // Grow by the share still missing (matches spread over an area): 1.5 to 4 times.
        const factor = outerCount === 0 ? 4 : Math.min(4, Math.max(1.5, Math.sqrt(want / outerCount) * 1.2));
        outer = Math.min(EARTH_HALF_CIRCUMFERENCE_METERS, Math.ceil(outer * factor));
        outerCount = await countWithin(outer);
      }
      // Narrow the ring while it holds many more matches than the page needs (deep pages).
      for (let i = 0; i < 16 && outerCount - innerCount > Math.max(4 * limit, 500) && outer - inner > 1; i++) {
        const mid = Math.floor((inner + outer) / 2);
        if (mid <= inner) break;
        const c = await countWithin(mid);
        if (c <= offset) [inner, innerCount] = [mid, c];
        else if (c >= want) [outer, outerCount] = [mid, c];
        else break; // the page straddles mid: the ring cannot shrink on both sides
      }
      const ring = inner > 0 ? and(within(outer), `NOT ${circle(inner)}`) : within(outer);
      // More than EXACT_DISTANCE_SORT_CAP matches in the ring only happens when that many lie at
      // practically the same distance; the order among them is then Meilisearch's.
      const size = Math.min(outerCount - innerCount, EXACT_DISTANCE_SORT_CAP);
      const fetched = await run(q, ring, strategy, { page: 1, hitsPerPage: size }, origin);
      placed = fetched.hits
        .map((h, i) => ({ h, i }))
        .sort((a, b) => (a.h.distanceMeters ?? Infinity) - (b.h.distanceMeters ?? Infinity) || a.i - b.i)
        .map(({ h }) => h)
        .slice(offset - innerCount, want - innerCount);
    }
    let unplaced: EngineHit[] = [];
    if (need > placedTotal) {
      const from = Math.max(0, offset - placedTotal);
      const count = need - placedTotal - from;
      const w = pageWindow(from, count);
      const res = await run(q, and(filter, 'hasPoint = false'), strategy, w, origin);
      unplaced = res.hits.slice(w.skip, w.skip + count);
    }
    return [...placed, ...unplaced].slice(0, limit);
  }

  return {
    name: 'meilisearch',

    async setup(settings) {
      synonyms = settings.synonyms;
      await done(
        'index creation',
        client.createIndex(indexUid, { primaryKey: 'id' }),
        (task) => task.error?.code === 'index_already_exists',
      );
      await done('settings update', index.updateSettings(meiliSettings(settings)));
    },

    upsert: (docs) => inOrder(async () => {
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
    }),

    remove: (ids) => inOrder(async () => {
      if (ids.length === 0) return;
      const pending: EnqueuedTaskPromise[] = [];
      for (let i = 0; i < ids.length; i += UPSERT_BATCH_SIZE) {
        const p = index.deleteDocuments(ids.slice(i, i + UPSERT_BATCH_SIZE));
        await p;
        pending.push(p);
      }
      for (const p of pending) await done('document removal', p);
    }),

    clear: () => inOrder(() => done('clear', index.deleteAllDocuments())),

    async search(query) {
      const { q, terms } = queryText(query.text, synonyms);
      const filter = buildFilter(query.filters);
      const origin = query.origin;
      const offset = Math.max(0, Math.floor(query.offset));
      const limit = Math.max(0, Math.floor(query.limit));
      // sort=distance without an origin has nothing to measure from: it is a relevance search.
      // With empty text the textual ranking rules are all ties, so Meilisearch's geo sort is exact.
      const exactDistance = query.sort === 'distance' && origin !== undefined && q.trim() !== '';
      const window = exactDistance || query.countOnly ? { page: 1, hitsPerPage: 0, skip: 0 } : pageWindow(offset, limit);

      // Every word must match ("koffie noord" should not list all koffie everywhere); only when
      // nothing matches all words do we loosen to Meilisearch's `last` strategy, which drops
      // words from the end until something matches.
      let strategy: Strategy = 'all';
      const withFacets = !query.countOnly;
      let res = await run(q, filter, strategy, window, origin, withFacets);
      if (res.total === 0 && terms > 1) {
        strategy = 'last';
        res = await run(q, filter, strategy, window, origin, withFacets);
      }
      if (query.countOnly) return { total: res.total, hits: [], facets: emptyFacets() };

      const hits =
        exactDistance && origin && res.total > 0 && limit > 0
          ? await nearestFirst(q, filter, strategy, origin, offset, limit)
          : res.hits.slice(window.skip, window.skip + limit);
      const facets = emptyFacets();
      for (const name of facetNames) {
        const dist = res.facetDistribution?.[`facets.${name}`];
        if (dist) for (const [value, n] of Object.entries(dist)) if (n > 0) facets[name][value] = n;
      }
      return { total: res.total, hits, facets };
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

