// Search: request → engine query (location from a postcode, open-now as a time slot) → engine →
// hits completed from the store (where, opening state, highlights) and, when nothing was found,
// looser searches that do find something.
import type { Geo } from '../geo/service.ts';
import { distanceMeters } from '../geo/distance.ts';
import { parsePostcode } from '../geo/postcode.ts';
import { openingState, serialiseOpeningState } from '../listings/hours.ts';
import type { HitFields, ListingStore } from '../listings/store.ts';
import { ProblemError, type FieldError } from '../plugins/errors.ts';
import type { TaxonomyStore } from '../taxonomy/store.ts';
import { analyseQuery, normalise, stem } from './analyze.ts';
import type { EngineQuery, FacetName, SearchEngine } from './contract.ts';
import { openSlotWindowDays, slotMs, slotOf } from './document.ts';
import type { SearchAnswer, SearchHit, SearchParams } from './schemas.ts';

type Deps = {
  engine: SearchEngine;
  listings: ListingStore;
  geo: Geo;
  taxonomy: TaxonomyStore;
  /** Changes whenever the index changed (SearchIndexer.generation). */
  indexGeneration: () => number;
  now?: () => Date;
};

/**
 * Answers are cached for identical requests: residents search the same few words over and
 * over, and an answer stays right until the index changes or the quarter hour turns (opening
 * states are computed per quarter hour).
 */
const cacheSize = 1000;
/** Listings kept ready to show as hits (what toHit needs), per index generation. */
const hitBaseCacheSize = 50_000;

type Word = { start: number; end: number; normalised: string };
/** What a hit shows of a listing, with what toHit derives from it, kept so hits need no store read. */
type HitBase = HitFields & {
  /** Title and summary split into words once, for highlighting. */
  titleWords: Word[];
  summaryWords: Word[];
  /** What a hit shows of each location, built once (answers share them; nobody changes them). */
  shownLocations: NonNullable<SearchHit['location']>[];
  /** The opening state last computed, and the time span it holds for. */
  opening?: { state: SearchHit['openingState']; from: number; until: number };
};

export type SearchService = ReturnType<typeof createSearchService>;

export function createSearchService({ engine, listings, geo, taxonomy, indexGeneration, now = () => new Date() }: Deps) {
  const cache = new Map<string, SearchAnswer>();
  // Hits repeat across searches ("koffie" near several postcodes): reading and parsing the same
  // listings from the store is most of the work of a cheap search. Like the answer cache this is
  // keyed by the index generation, so a listing change is seen as soon as the index has it.
  const hitBases = new Map<string, HitBase>();
  let hitBasesGeneration = -1;
  function hitBasesOf(ids: string[]): Map<string, HitBase> {
    const generation = indexGeneration();
    if (generation !== hitBasesGeneration) {
      hitBases.clear();
      hitBasesGeneration = generation;
    }
    const missing = ids.filter((id) => !hitBases.has(id));
    if (missing.length > 0) {
      for (const l of listings.hitFields(missing)) {
        if (hitBases.size >= hitBaseCacheSize) hitBases.delete(hitBases.keys().next().value!);
        hitBases.set(l.id, { ...l, titleWords: wordsOf(l.title), summaryWords: wordsOf(l.summary), shownLocations: l.locations.map(shownLocation) });
      }
    }
    const out = new Map<string, HitBase>();
    for (const id of ids) {
      const base = hitBases.get(id);
      if (base) out.set(id, base);
    }
    return out;
  }
  function invalid(field: string, message: string): never {
    throw new ProblemError('validation', message, [{ field, in: 'querystring', message } satisfies FieldError]);
  }

  function originOf(p: SearchParams): SearchAnswer['origin'] {
    if ((p.lat === undefined) !== (p.lon === undefined)) invalid(p.lat === undefined ? 'lat' : 'lon', 'Geef zowel lat als lon.');
    if (p.lat !== undefined && p.lon !== undefined) return { lat: p.lat, lon: p.lon, source: 'coordinates' };
    if (p.postcode !== undefined && p.postcode.trim() !== '') {
      const parsed = parsePostcode(p.postcode);
      if (!parsed.ok) invalid('postcode', parsed.reason);
      const c = geo.postcodes.get(parsed.pc4);
      if (!c) invalid('postcode', `Postcode ${parsed.normalized} kennen we niet.`);
      return { lat: c.lat, lon: c.lon, source: 'postcode' };
    }
    return null;
  }

  /** Without a radius, a location only orders the results: it excludes nothing. */
  function toEngineQuery(p: SearchParams, origin: SearchAnswer['origin']): EngineQuery {
    if (p.radius !== undefined && !origin) invalid('radius', 'Een straal werkt alleen met een postcode of locatie.');
    if (p.sort === 'distance' && !origin) invalid('sort', 'Sorteren op afstand kan alleen met een postcode of locatie.');
    let openSlot: number | undefined;
    if (p.openAt !== undefined) {
      const at = new Date(p.openAt);
      const ahead = at.getTime() - now().getTime();
      if (ahead < -3600_000 || ahead > (openSlotWindowDays - 1) * 24 * 3600_000) {
        invalid('openAt', `Kies een moment in de komende ${openSlotWindowDays - 1} dagen.`);
      }
      openSlot = slotOf(at);
    } else if (p.openNow) {
      openSlot = slotOf(now());
    }
    const facets: Partial<Record<FacetName, string[]>> = {
      kind: p.kind,
      deelambitie: p.deelambitie,
      sfeer: p.sfeer,
      theme: p.theme,
      vraaggebied: p.vraaggebied,
      area: p.area,
      accessibility: p.accessibility,
      language: p.language,
      inzet: p.inzet,
      indicatie: p.indicatie,
      toegang: p.toegang,
    };
    return {
      text: p.q,
      filters: {
        facets,
        free: p.free ? true : undefined,
        example: p.example,
        age: p.age,
        openSlot,
        bbox: p.bbox,
        near: origin && p.radius !== undefined ? { lat: origin.lat, lon: origin.lon, radiusMeters: p.radius } : undefined,
      },
      origin: origin ? { lat: origin.lat, lon: origin.lon } : undefined,
      sort: p.sort,
      offset: (p.page - 1) * p.limit,
      limit: p.limit,
    };
  }

  /**
   * When all words together find nothing ("ergens rustig lezen"), search with fewer: first drop
   * words that find nothing on their own, then the most common words (they say least), until
   * something is found. Like Meilisearch's matching strategy, but choosing which words to drop.
   */
  async function looserText(p: SearchParams, query: EngineQuery): Promise<string | null> {
    const words = analyseQuery(p.q, taxonomy.get().synonyms).terms.map((t) => t.word);
    if (words.length < 2) return null;
    const count = async (text: string) => (await engine.search({ ...query, text, offset: 0, limit: 0, countOnly: true })).total;
    const alone = await Promise.all(words.map(async (w) => ({ w, n: await count(w) })));
    let kept = alone.filter((a) => a.n > 0);
    while (kept.length > 0) {
      const text = kept.map((a) => a.w).join(' ');
      if (kept.length < words.length && (await count(text)) > 0) return text;
      // Drop the most common remaining word and try again.
      const commonest = kept.reduce((a, b) => (b.n > a.n ? b : a));
      kept = kept.filter((a) => a !== commonest);
    }
    return null;
  }

  /** Still nothing: would the same words find something without filters or radius? Counts only. */
  async function suggestions(p: SearchParams, query: EngineQuery): Promise<SearchAnswer['suggestions']> {
    const count = async (q: EngineQuery) => (await engine.search({ ...q, offset: 0, limit: 0, countOnly: true })).total;
    const hasFilters =
      Object.values(query.filters.facets).some((v) => v?.length) ||
      query.filters.free !== undefined ||
      query.filters.age !== undefined ||
      query.filters.openSlot !== undefined ||
      query.filters.bbox !== undefined;
    // Both counts at once: each waits its turn at the engine.
    const [withoutFilters, withoutRadius] = await Promise.all([
      hasFilters ? count({ ...query, filters: { facets: {}, near: query.filters.near, example: query.filters.example } }) : 0,
      query.filters.near ? count({ ...query, filters: { ...query.filters, near: undefined } }) : 0,
    ]);
    const out: SearchAnswer['suggestions'] = [];
    if (withoutFilters > 0) out.push({ reason: 'without-filters', q: p.q, total: withoutFilters });
    if (withoutRadius > 0) out.push({ reason: 'without-radius', q: p.q, total: withoutRadius });
    return out;
  }

  /** The location a hit shows: the nearest to the resident, or the first. */
  function shownLocationOf(l: HitBase, origin: SearchAnswer['origin']): SearchHit['location'] {
    const shown = l.shownLocations;
    if (!origin || shown.length < 2) return shown[0] ?? null;
    let nearest: SearchHit['location'] = null;
    let least = Number.POSITIVE_INFINITY;
    for (const loc of shown) {
      if (loc.lat === undefined || loc.lon === undefined) continue;
      const d = distanceMeters(origin, { lat: loc.lat, lon: loc.lon });
      if (d < least) {
        nearest = loc;
        least = d;
      }
    }
    return nearest ?? shown[0]!;
  }

  function toHit(l: HitBase, distance: number | undefined, origin: SearchAnswer['origin'], words: string[], at: Date): SearchHit {
    return {
      id: l.id,
      kind: l.kind,
      title: l.title,
      summary: l.summary,
      ...(distance !== undefined ? { distanceMeters: Math.round(distance) } : {}),
      location: shownLocationOf(l, origin),
      openingState: openingStateOf(l, at),
      highlights: { title: highlightRanges(l.titleWords, words), summary: highlightRanges(l.summaryWords, words) },
      isExample: l.isExample,
      attribution: l.attribution,
    };
  }

  /**
   * A state holds until the listing closes or next opens, and within one quarter hour (days, and
   * with them closures and holidays, begin on one): computed once per listing for that span.
   */
  function openingStateOf(l: HitBase, at: Date): SearchHit['openingState'] {
    const t = at.getTime();
    if (l.opening && l.opening.from <= t && t < l.opening.until) return l.opening.state;
    const state = openingState(l.schedule, at);
    const change = state.state === 'open' ? state.closesAt.getTime() : state.state === 'closed' && state.nextOpening ? state.nextOpening.start.getTime() : Infinity;
    const quarterEnd = (slotOf(at) + 1) * slotMs;
    l.opening = { state: serialiseOpeningState(state), from: t, until: Math.min(change, quarterEnd) };
    return l.opening.state;
  }

  return {
    async search(p: SearchParams): Promise<SearchAnswer> {
      const key = JSON.stringify([indexGeneration(), slotOf(now()), p]);
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const answer = await compute(p).catch((err: unknown) => {
        if (err instanceof ProblemError) throw err;
        // The engine is down (Meilisearch restarting): say so, the rest of the product still works.
        throw new ProblemError('unavailable', 'Zoeken lukt even niet. Probeer het over een paar minuten opnieuw.', [], err);
      });
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
      cache.set(key, answer);
      return answer;
    },
  };

  async function compute(p: SearchParams): Promise<SearchAnswer> {
    const origin = originOf(p);
    const query = toEngineQuery(p, origin);
    let result = await engine.search(query);
    let relaxed: string | null = null;
    if (result.total === 0) {
      const looser = await looserText(p, query);
      if (looser) {
        relaxed = looser;
        result = await engine.search({ ...query, text: looser });
      }
    }
    const byId = hitBasesOf(result.hits.map((h) => h.id));
    const synonyms = taxonomy.get().synonyms;
    const words = highlightWords(analyseQuery(p.q, synonyms).terms.flatMap((t) => [t.word, ...t.alternatives]));
    const at = now();
    const hits = result.hits.flatMap((h) => {
      const l = byId.get(h.id);
      // The index may briefly lag behind the store: skip what is no longer published.
      return l && l.status === 'gepubliceerd' ? [toHit(l, h.distanceMeters, origin, words, at)] : [];
    });
    return {
      total: result.total,
      page: p.page,
      limit: p.limit,
      hits,
      facets: result.facets,
      origin,
      relaxedQuery: relaxed,
      suggestions: result.total === 0 ? await suggestions(p, query) : [],
      engine: engine.name,
    };
  }
}

/** The word starts that count as a match for highlighting: query words, their forms and stems. */
export function highlightWords(queryWords: string[]): string[] {
  return [...new Set(queryWords.flatMap((w) => w.split(' ')).filter((w) => w.length >= 2).flatMap((w) => [w, stem(w)]))];
}

function shownLocation(loc: HitFields['locations'][number]): NonNullable<SearchHit['location']> {
  return {
    name: loc.name,
    street: loc.street,
    houseNumber: loc.houseNumber,
    postcode: loc.postcode,
    place: loc.place,
    lat: loc.lat,
    lon: loc.lon,
    online: loc.online,
  };
}

/** The words of a text with where they are, for highlighting. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, normalised: normalise(m[0]) }));
}

/** Ranges of the words that start with one of `wanted` (what made it match). */
function highlightRanges(words: Word[], wanted: string[]): [number, number][] {
  if (wanted.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const { start, end, normalised: word } of words) {
    if (wanted.some((w) => word.startsWith(w) || (w.length >= 5 && word.includes(w)))) ranges.push([start, end]);
  }
  return ranges;
}
