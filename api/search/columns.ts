// The embedded engine's in-memory columns: the keyword, geo and time fields of every indexed
// document in flat arrays, so filtering, facet counting and ordering tens of thousands of
// candidates allocates almost nothing. Pure data structure: no I/O.
import { staleRankFactor } from '../listings/freshness.ts';
import { distanceMeters } from '../geo/distance.ts';
import { facetNames, type EngineQuery, type EngineResult, type FacetName, type GeoFilter, type SearchDocument } from './contract.ts';
import { normalise } from './analyze.ts';

/** What the columns keep of a document (the text fields live in FTS5 only). */
export type ColumnData = Pick<
  SearchDocument,
  'id' | 'title' | 'facets' | 'free' | 'ageMin' | 'ageMax' | 'points' | 'openSlots' | 'isExample' | 'staleAfter'
>;

const none = -1;
/** Metres per degree of latitude (and of longitude at the equator) on the mean earth radius. */
const metresPerDegree = 111_195;

/** The documents that pass a query's filters, with their text scores and facet counts. */
type Passed = {
  slots: Int32Array;
  scores: Float64Array;
  facets: Record<FacetName, Record<string, number>>;
  total: number;
  /** Without a location the order of a result never changes: its first pages, once ordered. */
  ranked?: Ranked;
  /** The single-location documents sorted by map cell, for radius searches over large results. */
  cells?: CellOrder;
};
/** The first `order.length` indices of a Passed in result order, with their final scores. */
type Ranked = { order: number[]; scores: number[]; complete: boolean; validUntil: number };
/** Indices of a Passed grouped by map cell: cell c holds order[start[c]] … order[start[c + 1] - 1]. */
type CellOrder = { start: Int32Array; order: Int32Array; others: Int32Array };

/** Text matches (document slots and their scores), as the engine hands them to `query`. */
export type Candidates = { slots: Int32Array; scores: Float64Array; /** What passes no filters at all, once computed. */ unfiltered?: Passed };

function hasFilters(f: Omit<EngineQuery['filters'], 'near'>): boolean {
  return (
    Object.values(f.facets).some((v) => v !== undefined && v.length > 0) ||
    f.free !== undefined ||
    f.example !== undefined ||
    f.age !== undefined ||
    f.openSlot !== undefined ||
    f.bbox !== undefined
  );
}

/** Map cells of about 550 × 540 m in Amsterdam: a radius search visits only the cells it covers. */
const cellLat = 0.005;
const cellLon = 0.008;
const cellColumns = 50_000;
const cellKey = (lat: number, lon: number) => Math.floor((lat + 90) / cellLat) * cellColumns + Math.floor((lon + 180) / cellLon);
/** Results smaller than this are scanned for a radius; larger ones get a cell order (kept). */
const cellOrderFrom = 2048;
/** Pages up to here are ordered in one go and kept (most residents stay on the first pages). */
const rankedAtLeast = 100;

export class DocColumns {
  private readonly slotByRowid = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  readonly ids: (string | null)[] = [];
  private readonly values: Int32Array[] = [];
  private readonly free: boolean[] = [];
  private readonly example: boolean[] = [];
  /** Epoch ms after which the listing's information has expired (Infinity: never checked). */
  private readonly staleAfter: number[] = [];
  private readonly ageMin: number[] = [];
  private readonly ageMax: number[] = [];
  private readonly points: { lat: number; lon: number }[][] = [];
  /** The first point again, as plain numbers: most documents have exactly one. */
  private readonly lat0: number[] = [];
  private readonly lon0: number[] = [];
  private readonly openSlots: Int32Array[] = [];
  /** The map cell (a small id) of a document with exactly one location; none otherwise. */
  private readonly cellOf: number[] = [];
  private readonly cellIds = new Map<number, number>();
  readonly titleWords: Set<string>[] = [];
  private readonly titleKey: string[] = [];
  /** Facet values get small integer ids, so counting is incrementing an array. */
  private readonly valueIds = new Map<string, number>();
  private readonly valueFacet: number[] = [];
  private readonly valueName: string[] = [];

  get size(): number {
    return this.slotByRowid.size;
  }

  slotOf(rowid: number): number | undefined {
    return this.slotByRowid.get(rowid);
  }

  set(rowid: number, d: ColumnData): void {
    this.passedCache.clear();
    this.everything = null;
    let slot = this.slotByRowid.get(rowid);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.ids.length;
      this.slotByRowid.set(rowid, slot);
    }
    const ids: number[] = [];
    facetNames.forEach((facet, f) => {
      for (const value of d.facets[facet] ?? []) ids.push(this.valueId(f, value));
    });
    const title = normalise(d.title);
    this.ids[slot] = d.id;
    this.values[slot] = Int32Array.from(ids);
    this.free[slot] = d.free;
    this.example[slot] = d.isExample;
    this.staleAfter[slot] = d.staleAfter ? Date.parse(d.staleAfter) : Number.POSITIVE_INFINITY;
    this.ageMin[slot] = d.ageMin ?? none;
    this.ageMax[slot] = d.ageMax ?? none;
    this.points[slot] = d.points;
    this.lat0[slot] = d.points[0]?.lat ?? Number.NaN;
    this.lon0[slot] = d.points[0]?.lon ?? Number.NaN;
    this.cellOf[slot] = d.points.length === 1 ? this.cellId(cellKey(d.points[0]!.lat, d.points[0]!.lon)) : none;
    this.openSlots[slot] = Int32Array.from(d.openSlots);
    this.titleWords[slot] = new Set(title.split(' '));
    this.titleKey[slot] = title;
  }

  delete(rowid: number): void {
    this.passedCache.clear();
    this.everything = null;
    const slot = this.slotByRowid.get(rowid);
    if (slot === undefined) return;
    this.slotByRowid.delete(rowid);
    this.ids[slot] = null;
    this.values[slot] = new Int32Array(0);
    this.points[slot] = [];
    this.cellOf[slot] = none;
    this.openSlots[slot] = new Int32Array(0);
    this.titleWords[slot] = new Set();
    this.freeSlots.push(slot);
  }

  clear(): void {
    this.passedCache.clear();
    this.everything = null;
    this.slotByRowid.clear();
    this.freeSlots.length = 0;
    this.cellIds.clear();
    for (const column of [this.ids, this.values, this.free, this.example, this.staleAfter, this.ageMin, this.ageMax, this.points, this.cellOf, this.openSlots, this.titleWords, this.titleKey]) {
      column.length = 0;
    }
  }

  private cellId(key: number): number {
    let id = this.cellIds.get(key);
    if (id === undefined) {
      id = this.cellIds.size;
      this.cellIds.set(key, id);
    }
    return id;
  }

  private valueId(facet: number, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.valueIds.get(key);
    if (id === undefined) {
      id = this.valueName.length;
      this.valueIds.set(key, id);
      this.valueFacet.push(facet);
      this.valueName.push(value);
    }
    return id;
  }

  /**
   * Filter `candidates` (slots with text scores, or every document when null), count facets over
   * what passes, and order one page. `scores` is indexed by slot.
   */
  query(q: EngineQuery, candidates: Candidates | null, textKey: string): EngineResult {
    // What passes the filters depends neither on where the resident is nor on the page: remember
    // it per text and filters until the documents change. A radius is applied afterwards.
    const { near, ...filters } = q.filters;
    let passed: Passed | undefined;
    if (!hasFilters(filters)) {
      // Most searches have no filters: their result lives as long as the text's matches (or, with
      // no text, as long as the documents), not in the shared cache where filtered ones churn.
      if (candidates) passed = candidates.unfiltered ??= this.filter(filters, candidates);
      else passed = this.everything ??= this.filter(filters, null);
    } else {
      const key = JSON.stringify([textKey, filters]);
      passed = this.passedCache.get(key);
      if (passed) {
        this.passedCache.delete(key);
      } else {
        passed = this.filter(filters, candidates);
        if (this.passedCache.size >= 200) this.passedCache.delete(this.passedCache.keys().next().value!);
      }
      this.passedCache.set(key, passed);
    }
    if (!near && !q.origin) return this.rankedResult(q, passed, candidates !== null);
    if (near) passed = this.within(passed, near);
    const { slots, scores: base, facets, total } = passed;
    const score = Float64Array.from(base);
    const distance = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
    const origin = q.origin;
    if (origin) this.measure(origin, slots, distance, q.sort === 'distance' || candidates === null ? q.offset + q.limit : total);
    const page = this.orderPage(q, slots, score, distance, total, candidates !== null);
    return {
      total,
      hits: page.map((k) => ({
        id: this.ids[slots[k]!]!,
        score: score[k]!,
        ...(Number.isFinite(distance[k]!) ? { distanceMeters: distance[k]! } : {}),
      })),
      facets,
    };
  }

  private readonly passedCache = new Map<string, Passed>();
  /** Every document, unfiltered (searches without words and filters: "what is nearby"). */
  private everything: Passed | null = null;

  /**
   * Distances from `origin` into `distance`. Exact (haversine) distances for everything would
   * be the slow part of "nearby" over 100k documents, so when only the nearest `needed` count:
   * rank by a flat-earth estimate (no trigonometry per document; within 0.1 % at city scale),
   * then compute exact distances for every document that could still be among the nearest.
   * The others get their estimate, which is never used for what the resident sees.
   */
  private measure(origin: { lat: number; lon: number }, slots: Int32Array, distance: Float64Array, needed: number) {
    const n = slots.length;
    if (needed >= n / 4) {
      for (let k = 0; k < n; k++) distance[k] = this.exactDistance(origin, slots[k]!);
      return;
    }
    const lonScale = Math.cos((origin.lat * Math.PI) / 180);
    for (let k = 0; k < n; k++) {
      const s = slots[k]!;
      const pts = this.points[s]!;
      let d = Number.POSITIVE_INFINITY;
      if (pts.length === 1) {
        const dx = (this.lon0[s]! - origin.lon) * lonScale;
        const dy = this.lat0[s]! - origin.lat;
        d = Math.sqrt(dx * dx + dy * dy) * metresPerDegree;
      } else {
        for (const p of pts) {
          const dx = (p.lon - origin.lon) * lonScale;
          const dy = p.lat - origin.lat;
          d = Math.min(d, Math.sqrt(dx * dx + dy * dy) * metresPerDegree);
        }
      }
      distance[k] = d;
    }
    const nearest = topK(n, needed, (a, b) => distance[a]! - distance[b]!);
    const bound = (distance[nearest.at(-1)!] ?? 0) * 1.01 + 10;
    for (let k = 0; k < n; k++) if (distance[k]! <= bound) distance[k] = this.exactDistance(origin, slots[k]!);
  }

  private exactDistance(origin: { lat: number; lon: number }, slot: number): number {
    let d = Number.POSITIVE_INFINITY;
    for (const p of this.points[slot]!) d = Math.min(d, distanceMeters(origin, p));
    return d;
  }

  private filter(f: Omit<EngineQuery['filters'], 'near'>, candidates: Candidates | null): Passed {
    // Facet filters as sets of value ids, one set per facet: OR within, AND across.
    const wanted: Set<number>[] = [];
    facetNames.forEach((facet, i) => {
      const values = f.facets[facet];
      if (values?.length) wanted.push(new Set(values.map((v) => this.valueIds.get(`${i}\u0000${v}`) ?? none)));
    });
    const bbox = f.bbox;

    const n = candidates ? candidates.slots.length : this.ids.length;
    const slots = new Int32Array(n);
    const score = new Float64Array(n);
    let kept = 0;
    for (let c = 0; c < n; c++) {
      const s = candidates ? candidates.slots[c]! : c;
      if (this.ids[s] === null || this.ids[s] === undefined) continue;
      const values = this.values[s]!;
      let ok = true;
      for (const set of wanted) {
        let hit = false;
        for (let k = 0; k < values.length; k++) if (set.has(values[k]!)) { hit = true; break; }
        if (!hit) { ok = false; break; }
      }
      if (!ok) continue;
      if (f.free !== undefined && this.free[s] !== f.free) continue;
      if (f.example !== undefined && this.example[s] !== f.example) continue;
      if (f.age !== undefined && ((this.ageMin[s] !== none && this.ageMin[s]! > f.age) || (this.ageMax[s] !== none && this.ageMax[s]! < f.age))) continue;
      if (f.openSlot !== undefined && !sortedHas(this.openSlots[s]!, f.openSlot)) continue;
      const pts = this.points[s]!;
      if (bbox && !pts.some((p) => p.lon >= bbox[0] && p.lon <= bbox[2] && p.lat >= bbox[1] && p.lat <= bbox[3])) continue;
      slots[kept] = s;
      score[kept] = candidates ? candidates.scores[c]! : 0;
      kept++;
    }
    return this.passed(slots.subarray(0, kept), score.subarray(0, kept));
  }

  /**
   * A result without a location is always ordered the same way (by score, or by title without
   * words), until a listing in it expires: order its first pages once and keep them with it.
   */
  private rankedResult(q: EngineQuery, passed: Passed, hasScores: boolean): EngineResult {
    const { slots, scores: base, facets, total } = passed;
    const needed = Math.min(total, q.offset + q.limit);
    const now = Date.now();
    let ranked = passed.ranked;
    if (!ranked || now >= ranked.validUntil || (!ranked.complete && ranked.order.length < needed)) {
      const score = Float64Array.from(base);
      let validUntil = Number.POSITIVE_INFINITY;
      if (hasScores) {
        // Information nobody confirmed in time still shows, lower: it may well be out of date.
        for (let k = 0; k < total; k++) {
          const staleAfter = this.staleAfter[slots[k]!]!;
          if (staleAfter <= now) score[k]! *= staleRankFactor;
          else if (staleAfter < validUntil) validUntil = staleAfter;
        }
      }
      const id = (k: number) => this.ids[slots[k]!]!;
      const before = hasScores
        ? (a: number, b: number) => score[b]! - score[a]! || (id(a) < id(b) ? -1 : 1)
        : (a: number, b: number) => (this.titleKey[slots[a]!]! < this.titleKey[slots[b]!]! ? -1 : this.titleKey[slots[a]!]! > this.titleKey[slots[b]!]! ? 1 : id(a) < id(b) ? -1 : 1);
      const k = Math.max(needed, Math.min(total, rankedAtLeast), ranked ? Math.min(total, ranked.order.length * 2) : 0);
      const order = topK(total, k, before);
      ranked = { order, scores: order.map((i) => score[i]!), complete: order.length >= total, validUntil };
      passed.ranked = ranked;
    }
    const hits: EngineResult['hits'] = [];
    for (let i = q.offset; i < needed; i++) hits.push({ id: this.ids[slots[ranked.order[i]!]!]!, score: ranked.scores[i]! });
    return { total, hits, facets };
  }

  /** The single-location documents of a large result grouped by map cell (a counting sort); the others apart. */
  private cellOrder(passed: Passed): CellOrder {
    if (passed.cells) return passed.cells;
    const start = new Int32Array(this.cellIds.size + 1);
    const others: number[] = [];
    for (let k = 0; k < passed.total; k++) {
      const c = this.cellOf[passed.slots[k]!]!;
      if (c !== none) start[c + 1]!++;
      else if (this.points[passed.slots[k]!]!.length > 1) others.push(k);
    }
    for (let c = 1; c < start.length; c++) start[c]! += start[c - 1]!;
    const next = start.slice(0, -1);
    const order = new Int32Array(start[start.length - 1]!);
    for (let k = 0; k < passed.total; k++) {
      const c = this.cellOf[passed.slots[k]!]!;
      if (c !== none) order[next[c]!++] = k;
    }
    passed.cells = { start, order, others: Int32Array.from(others) };
    return passed.cells;
  }

  /** The documents of `passed` with a location within the radius, with their facets recounted. */
  private within(passed: Passed, near: GeoFilter): Passed {
    const { radiusMeters: r } = near;
    const lonScale = Math.cos((near.lat * Math.PI) / 180);
    // Outside this band of latitude nothing can be within the radius: most documents stop here.
    const maxDLat = (r * 1.01 + 10) / metresPerDegree;
    // Large results: visit only the map cells the circle can reach, then the multi-location ones.
    let visit: Int32Array | null = null;
    let inside: Uint8Array | null = null;
    if (passed.total >= cellOrderFrom) {
      const { start, order, others } = this.cellOrder(passed);
      const maxDLon = maxDLat / Math.max(lonScale, 0.01);
      const rowMin = Math.floor((near.lat - maxDLat + 90) / cellLat);
      const rowMax = Math.floor((near.lat + maxDLat + 90) / cellLat);
      const colMin = Math.floor((near.lon - maxDLon + 180) / cellLon);
      const colMax = Math.floor((near.lon + maxDLon + 180) / cellLon);
      const picked: number[] = [];
      const sure: number[] = [];
      // A cell whose farthest corner is well inside the circle is inside as a whole (the flat-earth
      // distance is largest at a corner), so its documents need no check of their own.
      const insideBelow = r * 0.99 - 10 - 5;
      for (let row = rowMin; row <= rowMax; row++) {
        const latLo = row * cellLat - 90;
        const dy = Math.max(Math.abs(latLo - near.lat), Math.abs(latLo + cellLat - near.lat));
        for (let col = colMin; col <= colMax; col++) {
          const c = this.cellIds.get(row * cellColumns + col);
          if (c === undefined || c + 1 >= start.length) continue;
          const from = start[c]!;
          const to = start[c + 1]!;
          if (to === from) continue;
          const lonLo = col * cellLon - 180;
          const dx = Math.max(Math.abs(lonLo - near.lon), Math.abs(lonLo + cellLon - near.lon)) * lonScale;
          const whole = Math.sqrt(dx * dx + dy * dy) * metresPerDegree < insideBelow ? 1 : 0;
          for (let i = from; i < to; i++) {
            picked.push(order[i]!);
            sure.push(whole);
          }
        }
      }
      for (const k of others) {
        picked.push(k);
        sure.push(0);
      }
      visit = Int32Array.from(picked);
      inside = Uint8Array.from(sure);
    }
    const n = visit ? visit.length : passed.total;
    const slots = new Int32Array(n);
    const scores = new Float64Array(n);
    let kept = 0;
    for (let v = 0; v < n; v++) {
      const k = visit ? visit[v]! : v;
      const s = passed.slots[k]!;
      if (inside && inside[v] === 1) {
        slots[kept] = s;
        scores[kept++] = passed.scores[k]!;
        continue;
      }
      const pts = this.points[s]!;
      if (pts.length === 1 && Math.abs(this.lat0[s]! - near.lat) > maxDLat) continue;
      let within = false;
      for (const p of pts) {
        // A flat-earth estimate settles all but the documents right at the edge of the circle.
        const dx = (p.lon - near.lon) * lonScale;
        const dy = p.lat - near.lat;
        const estimate = Math.sqrt(dx * dx + dy * dy) * metresPerDegree;
        if (estimate > r * 1.01 + 10) continue;
        if (estimate < r * 0.99 - 10 || distanceMeters(near, p) <= r) {
          within = true;
          break;
        }
      }
      if (!within) continue;
      slots[kept] = s;
      scores[kept++] = passed.scores[k]!;
    }
    return this.passed(slots.subarray(0, kept), scores.subarray(0, kept));
  }

  private passed(slots: Int32Array, scores: Float64Array): Passed {
    const counts = new Int32Array(this.valueName.length);
    for (let k = 0; k < slots.length; k++) {
      const values = this.values[slots[k]!]!;
      for (let v = 0; v < values.length; v++) counts[values[v]!]!++;
    }
    const facets = Object.fromEntries(facetNames.map((name) => [name, {} as Record<string, number>])) as Record<FacetName, Record<string, number>>;
    for (let v = 0; v < counts.length; v++) {
      if (counts[v]! > 0) facets[facetNames[this.valueFacet[v]!]!][this.valueName[v]!] = counts[v]!;
    }
    return { slots, scores, facets, total: slots.length };
  }

  /** Indices (into the kept arrays) of the requested page, best first. */
  private orderPage(q: EngineQuery, slots: Int32Array, score: Float64Array, distance: Float64Array, n: number, hasScores: boolean): number[] {
    const byDistance = q.origin !== undefined && (q.sort === 'distance' || !hasScores);
    if (q.origin && !byDistance) {
      // Relevance with a location: nearby counts, from ×1 here to ×0.5 far away.
      for (let k = 0; k < n; k++) score[k]! *= 0.5 + 0.5 * Math.exp(-distance[k]! / 3000);
    }
    if (hasScores && !byDistance) {
      // Information nobody confirmed in time still shows, lower: it may well be out of date.
      const now = Date.now();
      for (let k = 0; k < n; k++) if (this.staleAfter[slots[k]!]! <= now) score[k]! *= staleRankFactor;
    }
    const id = (k: number) => this.ids[slots[k]!]!;
    const before = byDistance
      ? (a: number, b: number) => distance[a]! - distance[b]! || score[b]! - score[a]! || (id(a) < id(b) ? -1 : 1)
      : hasScores
        ? (a: number, b: number) => score[b]! - score[a]! || distance[a]! - distance[b]! || (id(a) < id(b) ? -1 : 1)
        : (a: number, b: number) => (this.titleKey[slots[a]!]! < this.titleKey[slots[b]!]! ? -1 : this.titleKey[slots[a]!]! > this.titleKey[slots[b]!]! ? 1 : id(a) < id(b) ? -1 : 1);
    return topK(n, q.offset + q.limit, before).slice(q.offset);
  }
}

function sortedHas(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The first k of 0..n-1 in the order `before`, without sorting all n: a bounded heap whose root
 * is the worst of the best k so far. O(n log k); a full sort when k is a large part of n.
 */
export function topK(n: number, k: number, before: (a: number, b: number) => number): number[] {
  if (k <= 0 || n === 0) return [];
  if (k * 4 >= n) return Array.from({ length: n }, (_, i) => i).sort(before).slice(0, k);
  const heap: number[] = [];
  const worse = (a: number, b: number) => before(a, b) > 0;
  const siftUp = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      siftUp(heap.length - 1);
    } else if (before(i, heap[0]!) < 0) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort(before);
}
