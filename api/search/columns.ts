// The embedded engine's in-memory columns: the keyword, geo and time fields of every indexed
// document in flat typed arrays, so filtering, facet counting and ordering tens of thousands of
// candidates allocates almost nothing. Pure data structure: no I/O.
//
// Layout: a document lives in a slot; column[slot] holds its value. Facet values get small
// integer ids and sit in one matrix (`stride` ids per slot). Filters become bitsets over slots
// (one per facet value, built when a filter first asks for it), so a filter costs a bit test
// per candidate. Everything derived is dropped when a document changes and rebuilt on demand.
import { staleRankFactor } from '../listings/freshness.ts';
import { distanceMeters, EARTH_RADIUS_METERS, flatDistanceError, flatDistanceFrom } from '../geo/distance.ts';
import { BoundedCache } from './bounded-cache.ts';
import { facetNames, type EngineQuery, type EngineResult, type FacetName, type GeoFilter, type SearchDocument } from './contract.ts';
import { normalise } from './analyze.ts';

/** What the columns keep of a document (the text fields live in FTS5 only). */
export type ColumnData = Pick<
  SearchDocument,
  'id' | 'title' | 'facets' | 'free' | 'ageMin' | 'ageMax' | 'points' | 'openSlots' | 'isExample' | 'staleAfter'
>;

type Facets = Record<FacetName, Record<string, number>>;
type Filters = Omit<EngineQuery['filters'], 'near'>;

const none = -1;
/** Metres per degree of latitude (and of longitude at the equator) on the mean earth radius. */
const metresPerDegree = 111_195;

/** The documents that pass a query's filters, with their text scores. */
type Passed = {
  slots: Int32Array;
  scores: Float64Array;
  total: number;
  /** Counted when first needed: a count alone (looser searches, suggestions) never is. */
  facets?: Facets;
  /** Without a location the order of a result never changes: its first pages, once ordered. */
  ranked?: Ranked;
  /** The single-location documents sorted by map cell, for radius searches over large results. */
  cells?: CellOrder;
  cellFacets?: CellFacets;
};
/** The first `order.length` indices of a Passed in result order, with their final scores. */
type Ranked = { order: number[]; scores: number[]; complete: boolean; validUntil: number };
/**
 * Indices of a Passed grouped by map cell: cell c holds the single-location documents
 * order[start[c]] … order[start[c + 1] - 1], and the documents with several locations that have
 * one in it, multi[multiStart[c]] … (such a document is listed in each of its cells).
 */
type CellOrder = { start: Int32Array; order: Int32Array; multiStart: Int32Array; multi: Int32Array };
/** Cell ids by row and column, see DocColumns.cellGrid. */
type CellGrid = { row0: number; col0: number; rows: number; cols: number; ids: Int32Array };
/** Facet counts per map cell, sparse (see DocColumns.cellFacets). */
type CellFacets = { start: Int32Array; value: Int32Array; count: Int32Array };

/** Text matches (document slots and their scores), as the engine hands them to `query`. */
export type Candidates = { slots: Int32Array; scores: Float64Array; /** What passes no filters at all, once computed. */ unfiltered?: Passed };

function hasFilters(f: Filters): boolean {
  return (
    Object.values(f.facets).some((v) => v !== undefined && v.length > 0) ||
    f.free !== undefined ||
    f.example !== undefined ||
    f.age !== undefined ||
    f.openSlot !== undefined ||
    f.bbox !== undefined
  );
}

/** Map cells of about 280 × 270 m in Amsterdam: a radius search visits only the cells it covers. */
const cellLat = 0.0025;
const cellLon = 0.004;
/** More than the 90,000 columns of 0.004° around the earth, so every cell has a key of its own. */
const cellColumns = 100_000;
const cellKey = (lat: number, lon: number) => Math.floor((lat + 90) / cellLat) * cellColumns + Math.floor((lon + 180) / cellLon);
/** 8M cells (32 MB) cover the Netherlands many times over. */
const maxGridCells = 8_000_000;
/** Results smaller than this are scanned for a radius; larger ones get a cell order (kept). */
const cellOrderFrom = 2048;
/** Pages up to here are ordered in one go and kept (most residents stay on the first pages). */
const rankedAtLeast = 100;
/**
 * Filter results kept per text and filters (by their estimated bytes, see keptBytes); filter
 * bitsets kept per combination of filters.
 */
const passedCacheBytes = 64 * 2 ** 20;
const filterBitsCacheSize = 64;

const bitWords = (n: number) => (n + 31) >>> 5;
const hasBit = (bits: Uint32Array, s: number) => (bits[s >>> 5]! & (1 << (s & 31))) !== 0;

export class DocColumns {
  /** Slots in use or freed: every column has at least this many entries. */
  private slotCount = 0;
  private placedSinceReorder = 0;
  private capacity = 0;
  private readonly slotByRowid = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  readonly ids: (string | null)[] = [];
  readonly titleWords: Set<string>[] = [];
  private readonly titleKey: string[] = [];
  private readonly points: { lat: number; lon: number }[][] = [];
  private readonly openSlots: Int32Array[] = [];
  private alive = new Uint8Array(0);
  private free = new Uint8Array(0);
  private example = new Uint8Array(0);
  private ageMin = new Int32Array(0);
  private ageMax = new Int32Array(0);
  /** Epoch ms after which the listing's information has expired (Infinity: never checked). */
  private staleAfter = new Float64Array(0);
  /** The first point, as plain numbers (NaN without one): most documents have exactly one. */
  private lat0 = new Float64Array(0);
  private lon0 = new Float64Array(0);
  private pointCount = new Int32Array(0);
  /** The map cell (a small id) of a document with exactly one location; none otherwise. */
  private cellOf = new Int32Array(0);
  private readonly cellIds = new Map<number, number>();
  private grid: CellGrid | null = null;
  /** Facet value ids per slot: valueCount[slot] ids from matrix[slot * stride]. */
  private stride = 16;
  private matrix = new Int32Array(0);
  private valueCount = new Int32Array(0);
  /** Value ids per facet (index into facetNames), by value. */
  private readonly valueIds = facetNames.map(() => new Map<string, number>());
  private readonly valueFacet: number[] = [];
  private readonly valueName: string[] = [];

  // Derived from the columns; dropped on every change (`changed`).
  private readonly passedCache = new BoundedCache<Passed>(passedCacheBytes);
  /** Every document, unfiltered (searches without words and filters: "what is nearby"). */
  private everything: Passed | null = null;
  private valueBits: (Uint32Array | undefined)[] = [];
  private readonly slotBits = new Map<number, Uint32Array>();
  private readonly filterBitsCache = new Map<string, Uint32Array>();

  get size(): number {
    return this.slotByRowid.size;
  }

  /** What the kept filter results count for against their budget (for tests and diagnostics). */
  get filterCacheBytes(): number {
    return this.passedCache.usedBytes;
  }

  slotOf(rowid: number): number | undefined {
    return this.slotByRowid.get(rowid);
  }

  /**
   * About the bytes a result (text matches or filter result) holds once kept: its own arrays, and
   * what may be derived from it later. From cellOrderFrom documents on that is a cell order and
   * facets per cell (about 12 per document and 16 per map cell); always its facet counts.
   */
  keptBytes(result: { slots: Int32Array; scores: Float64Array }): number {
    const n = result.slots.length;
    return result.slots.buffer.byteLength + result.scores.buffer.byteLength + (n >= cellOrderFrom ? 12 * n + 16 * this.cellIds.size : 0) + 4096;
  }

  set(rowid: number, d: ColumnData): void {
    this.changed();
    let slot = this.slotByRowid.get(rowid);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.slotCount++;
      this.slotByRowid.set(rowid, slot);
      this.ensureCapacity(this.slotCount);
      this.placedSinceReorder++;
    }
    const values: number[] = [];
    for (let f = 0; f < facetNames.length; f++) {
      const of = d.facets[facetNames[f]!];
      if (of) for (const value of of) values.push(this.valueId(f, value));
    }
    if (values.length > this.stride) this.widen(values.length);
    this.matrix.set(values, slot * this.stride);
    this.valueCount[slot] = values.length;
    const title = normalise(d.title);
    this.ids[slot] = d.id;
    this.alive[slot] = 1;
    this.free[slot] = d.free ? 1 : 0;
    this.example[slot] = d.isExample ? 1 : 0;
    this.staleAfter[slot] = d.staleAfter ? Date.parse(d.staleAfter) : Number.POSITIVE_INFINITY;
    this.ageMin[slot] = d.ageMin ?? none;
    this.ageMax[slot] = d.ageMax ?? none;
    this.points[slot] = d.points;
    this.pointCount[slot] = d.points.length;
    this.lat0[slot] = d.points[0]?.lat ?? Number.NaN;
    this.lon0[slot] = d.points[0]?.lon ?? Number.NaN;
    this.cellOf[slot] = d.points.length === 1 ? this.cellId(cellKey(d.points[0]!.lat, d.points[0]!.lon)) : none;
    // The cells of a document with several locations are looked up when a radius needs them.
    if (d.points.length > 1) for (const p of d.points) this.cellId(cellKey(p.lat, p.lon));
    this.openSlots[slot] = Int32Array.from(d.openSlots);
    this.titleWords[slot] = new Set(title.split(' '));
    this.titleKey[slot] = title;
  }

  delete(rowid: number): void {
    this.changed();
    const slot = this.slotByRowid.get(rowid);
    if (slot === undefined) return;
    this.slotByRowid.delete(rowid);
    this.ids[slot] = null;
    this.alive[slot] = 0;
    this.valueCount[slot] = 0;
    this.points[slot] = [];
    this.pointCount[slot] = 0;
    this.cellOf[slot] = none;
    this.openSlots[slot] = new Int32Array(0);
    this.titleWords[slot] = new Set();
    this.freeSlots.push(slot);
  }

  clear(): void {
    this.changed();
    this.slotByRowid.clear();
    this.freeSlots.length = 0;
    this.cellIds.clear();
    this.grid = null;
    this.slotCount = 0;
    this.placedSinceReorder = 0;
    this.alive.fill(0);
    for (const column of [this.ids, this.points, this.openSlots, this.titleWords, this.titleKey]) column.length = 0;
  }

  /** Documents that got a slot since the last `reorder` (so not in map order). */
  get unordered(): number {
    return this.placedSinceReorder;
  }

  /**
   * Renumber the slots in map-cell order, so documents near each other also sit next to each
   * other in memory: a radius search reads a few cells' worth of documents, and reading them
   * from scattered slots costs more than the arithmetic. Changes what slotOf answers.
   */
  reorder(): void {
    const live = [...this.slotByRowid];
    const key = (slot: number) => (this.pointCount[slot] === 1 ? cellKey(this.lat0[slot]!, this.lon0[slot]!) : Number.MAX_SAFE_INTEGER);
    const keys = new Map(live.map(([, slot]) => [slot, key(slot)]));
    live.sort(([, a], [, b]) => keys.get(a)! - keys.get(b)! || a - b);
    /** The old slot of each new slot. */
    const from = live.map(([, slot]) => slot);
    const capacity = Math.max(1024, from.length);
    const typed = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      from.forEach((slot, to) => (next[to] = old[slot]!));
      return next;
    };
    const plain = <T>(column: T[]) => {
      const values = from.map((slot) => column[slot]!);
      column.length = 0;
      for (const v of values) column.push(v);
    };
    this.alive = typed(this.alive, (n) => new Uint8Array(n));
    this.free = typed(this.free, (n) => new Uint8Array(n));
    this.example = typed(this.example, (n) => new Uint8Array(n));
    this.ageMin = typed(this.ageMin, (n) => new Int32Array(n));
    this.ageMax = typed(this.ageMax, (n) => new Int32Array(n));
    this.staleAfter = typed(this.staleAfter, (n) => new Float64Array(n));
    this.lat0 = typed(this.lat0, (n) => new Float64Array(n));
    this.lon0 = typed(this.lon0, (n) => new Float64Array(n));
    this.pointCount = typed(this.pointCount, (n) => new Int32Array(n));
    this.cellOf = typed(this.cellOf, (n) => new Int32Array(n));
    const matrix = new Int32Array(capacity * this.stride);
    from.forEach((slot, to) => matrix.set(this.matrix.subarray(slot * this.stride, slot * this.stride + this.valueCount[slot]!), to * this.stride));
    this.matrix = matrix;
    this.valueCount = typed(this.valueCount, (n) => new Int32Array(n));
    for (const column of [this.ids, this.titleWords, this.titleKey, this.points, this.openSlots]) plain<unknown>(column);
    live.forEach(([rowid], to) => this.slotByRowid.set(rowid, to));
    this.capacity = capacity;
    this.slotCount = from.length;
    this.freeSlots.length = 0;
    this.placedSinceReorder = 0;
    this.changed();
  }

  /** Called for every document written: cheap when nothing derived is kept (an index build). */
  private changed() {
    this.passedCache.clear();
    this.everything = null;
    if (this.valueBits.length > 0) this.valueBits = [];
    this.slotBits.clear();
    this.filterBitsCache.clear();
  }

  private ensureCapacity(n: number) {
    if (n <= this.capacity) return;
    const capacity = Math.max(1024, this.capacity * 2, n);
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.alive = grow(this.alive, (n) => new Uint8Array(n));
    this.free = grow(this.free, (n) => new Uint8Array(n));
    this.example = grow(this.example, (n) => new Uint8Array(n));
    this.ageMin = grow(this.ageMin, (n) => new Int32Array(n));
    this.ageMax = grow(this.ageMax, (n) => new Int32Array(n));
    this.staleAfter = grow(this.staleAfter, (n) => new Float64Array(n));
    this.lat0 = grow(this.lat0, (n) => new Float64Array(n));
    this.lon0 = grow(this.lon0, (n) => new Float64Array(n));
    this.pointCount = grow(this.pointCount, (n) => new Int32Array(n));
    this.cellOf = grow(this.cellOf, (n) => new Int32Array(n));
    this.valueCount = grow(this.valueCount, (n) => new Int32Array(n));
    this.matrix = grow(this.matrix, (n) => new Int32Array(n * this.stride));
    this.capacity = capacity;
  }

  /** A document with more facet values than fit: give every slot room for that many. */
  private widen(needed: number) {
    const stride = Math.max(needed, this.stride * 2);
    const matrix = new Int32Array(this.capacity * stride);
    for (let s = 0; s < this.slotCount; s++) matrix.set(this.matrix.subarray(s * this.stride, s * this.stride + this.valueCount[s]!), s * stride);
    this.matrix = matrix;
    this.stride = stride;
  }

  private cellId(key: number): number {
    let id = this.cellIds.get(key);
    if (id === undefined) {
      id = this.cellIds.size;
      this.cellIds.set(key, id);
      this.grid = null;
    }
    return id;
  }

  /**
   * The cell ids as a dense grid over the rows and columns that have cells, for radius searches
   * that look up every cell of the square around the circle (a Map lookup each was 3–4 % of the
   * engine's time). Documents spread over far more than a country get no grid: null.
   */
  private cellGrid(): CellGrid | null {
    if (this.grid !== null || this.cellIds.size === 0) return this.grid;
    let row0 = Infinity;
    let row1 = -Infinity;
    let col0 = Infinity;
    let col1 = -Infinity;
    for (const key of this.cellIds.keys()) {
      const row = Math.floor(key / cellColumns);
      const col = key - row * cellColumns;
      row0 = Math.min(row0, row);
      row1 = Math.max(row1, row);
      col0 = Math.min(col0, col);
      col1 = Math.max(col1, col);
    }
    const rows = row1 - row0 + 1;
    const cols = col1 - col0 + 1;
    if (rows * cols > maxGridCells) return null;
    const ids = new Int32Array(rows * cols).fill(none);
    for (const [key, id] of this.cellIds) {
      const row = Math.floor(key / cellColumns);
      ids[(row - row0) * cols + (key - row * cellColumns - col0)] = id;
    }
    this.grid = { row0, col0, rows, cols, ids };
    return this.grid;
  }

  private valueId(facet: number, value: string): number {
    let id = this.valueIds[facet]!.get(value);
    if (id === undefined) {
      id = this.valueName.length;
      this.valueIds[facet]!.set(value, id);
      this.valueFacet.push(facet);
      this.valueName.push(value);
    }
    return id;
  }

  /**
   * Filter `candidates` (slots with text scores, or every document when null), count facets over
   * what passes, and order one page. With `countOnly`, only the total is answered.
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
      if (!passed) {
        passed = this.filter(filters, candidates);
        this.passedCache.set(key, passed, this.keptBytes(passed));
      }
    }
    const hasScores = candidates !== null;
    const origin = q.origin;
    const byDistance = origin !== undefined && (q.sort === 'distance' || !hasScores);
    if (near && origin && (byDistance || q.countOnly) && passed.total >= cellOrderFrom) return this.nearestWithin(q, passed, near, origin);
    if (near) passed = this.within(passed, near);
    if (q.countOnly) return { total: passed.total, hits: [], facets: emptyFacets() };
    const facets = this.facetsOf(passed);
    if (!near && !origin) return this.rankedResult(q, passed, hasScores);
    const { slots, scores: base, total } = passed;
    const score = base.slice();
    const distance = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
    const contenders = origin ? this.measure(origin, slots, distance, byDistance ? q.offset + q.limit : null) : null;
    const page = this.orderPage(q, slots, score, distance, total, hasScores, contenders);
    // Relevance near a place weighs estimated distances (a centimetre makes no difference to
    // it); the page shows exact ones.
    if (origin && !byDistance) for (const k of page) distance[k] = this.exactDistance(origin, slots[k]!);
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

  /**
   * Distances from `origin` into `distance`, estimated (see estimator): haversine for everything
   * would be the slow part of searching near a place over 100k documents. In distance order only
   * the nearest `needed` count: every document that could still be among them gets its exact
   * distance, and their indices are answered. Without `needed` (relevance) estimates are all.
   */
  private measure(origin: { lat: number; lon: number }, slots: Int32Array, distance: Float64Array, needed: number | null): Int32Array | null {
    const n = slots.length;
    const estimate = this.estimator(origin);
    for (let k = 0; k < n; k++) distance[k] = estimate(slots[k]!);
    if (needed === null) return null;
    const nearest = topK(n, needed, (a, b) => distance[a]! - distance[b]!);
    const bound = contenderBound(distance[nearest.at(-1)!] ?? 0, origin.lat);
    const contenders: number[] = [];
    for (let k = 0; k < n; k++) {
      if (distance[k]! > bound) continue;
      distance[k] = this.exactDistance(origin, slots[k]!);
      contenders.push(k);
    }
    return Int32Array.from(contenders);
  }

  /**
   * A document's estimated distance from `origin` (the nearest of its locations), within
   * flatDistanceError of the exact one.
   */
  private estimator(origin: { lat: number; lon: number }): (slot: number) => number {
    const flat = flatDistanceFrom(origin);
    const { lat0, lon0, pointCount, points } = this;
    return (s) => {
      if (pointCount[s] === 1) return flat(lat0[s]!, lon0[s]!);
      let d = Number.POSITIVE_INFINITY;
      for (const p of points[s]!) d = Math.min(d, flat(p.lat, p.lon));
      return d;
    };
  }

  private exactDistance(origin: { lat: number; lon: number }, slot: number): number {
    if (this.pointCount[slot] === 1) return distanceMeters(origin, { lat: this.lat0[slot]!, lon: this.lon0[slot]! });
    let d = Number.POSITIVE_INFINITY;
    for (const p of this.points[slot]!) d = Math.min(d, distanceMeters(origin, p));
    return d;
  }

  /** A bitset of the slots that have facet value `v`, built on first use. */
  private bitsOfValue(v: number): Uint32Array {
    let bits = this.valueBits[v];
    if (!bits) {
      bits = new Uint32Array(bitWords(this.slotCount));
      const { matrix, stride, valueCount } = this;
      for (let s = 0; s < this.slotCount; s++) {
        const from = s * stride;
        const to = from + valueCount[s]!;
        for (let i = from; i < to; i++) {
          if (matrix[i] === v) {
            bits[s >>> 5]! |= 1 << (s & 31);
            break;
          }
        }
      }
      this.valueBits[v] = bits;
    }
    return bits;
  }

  /** A bitset of the slots open at quarter-hour `slot`, built on first use. */
  private bitsOfOpenSlot(openSlot: number): Uint32Array {
    let bits = this.slotBits.get(openSlot);
    if (!bits) {
      bits = new Uint32Array(bitWords(this.slotCount));
      for (let s = 0; s < this.slotCount; s++) if (this.alive[s] && sortedHas(this.openSlots[s]!, openSlot)) bits[s >>> 5]! |= 1 << (s & 31);
      if (this.slotBits.size >= 4) this.slotBits.delete(this.slotBits.keys().next().value!);
      this.slotBits.set(openSlot, bits);
    }
    return bits;
  }

  /**
   * The facet, free, example and open-now filters as one bitset (OR within a facet, AND across),
   * or null when there are none of these. Age and viewport are checked per document.
   */
  private filterBits(f: Filters): Uint32Array | null {
    const groups: number[][] = [];
    facetNames.forEach((facet, i) => {
      const values = f.facets[facet];
      if (values?.length) groups.push(values.map((v) => this.valueIds[i]!.get(v) ?? none));
    });
    if (groups.length === 0 && f.free === undefined && f.example === undefined && f.openSlot === undefined) return null;
    const key = JSON.stringify([groups, f.free, f.example, f.openSlot]);
    const cached = this.filterBitsCache.get(key);
    if (cached) return cached;

    const words = bitWords(this.slotCount);
    const bits = new Uint32Array(words).fill(0xffffffff);
    for (const group of groups) {
      const any = new Uint32Array(words);
      for (const v of group) {
        if (v === none) continue;
        const vb = this.bitsOfValue(v);
        for (let w = 0; w < words; w++) any[w]! |= vb[w]!;
      }
      for (let w = 0; w < words; w++) bits[w]! &= any[w]!;
    }
    if (f.openSlot !== undefined) {
      const open = this.bitsOfOpenSlot(f.openSlot);
      for (let w = 0; w < words; w++) bits[w]! &= open[w]!;
    }
    if (f.free !== undefined || f.example !== undefined) {
      for (let s = 0; s < this.slotCount; s++) {
        if ((f.free !== undefined && (this.free[s] === 1) !== f.free) || (f.example !== undefined && (this.example[s] === 1) !== f.example)) {
          bits[s >>> 5]! &= ~(1 << (s & 31));
        }
      }
    }
    if (this.filterBitsCache.size >= filterBitsCacheSize) this.filterBitsCache.delete(this.filterBitsCache.keys().next().value!);
    this.filterBitsCache.set(key, bits);
    return bits;
  }

  private filter(f: Filters, candidates: Candidates | null): Passed {
    const bits = this.filterBits(f);
    const { age, bbox } = f;
    const n = candidates ? candidates.slots.length : this.slotCount;
    const slots = new Int32Array(n);
    const score = new Float64Array(n);
    let kept = 0;
    for (let c = 0; c < n; c++) {
      const s = candidates ? candidates.slots[c]! : c;
      if (this.alive[s] !== 1) continue;
      if (bits && !hasBit(bits, s)) continue;
      if (age !== undefined && ((this.ageMin[s] !== none && this.ageMin[s]! > age) || (this.ageMax[s] !== none && this.ageMax[s]! < age))) continue;
      if (bbox && !this.points[s]!.some((p) => p.lon >= bbox[0] && p.lon <= bbox[2] && p.lat >= bbox[1] && p.lat <= bbox[3])) continue;
      slots[kept] = s;
      score[kept] = candidates ? candidates.scores[c]! : 0;
      kept++;
    }
    // Everything passed (text without filters): the matches themselves, not a second copy.
    if (kept === n && candidates) return { slots: candidates.slots, scores: candidates.scores, total: kept };
    // Kept results are copied to their size: a view would keep all `n` entries alive (a map area
    // passes a few documents of 100k), unseen by the cache's byte count.
    if (kept < n) return { slots: slots.slice(0, kept), scores: score.slice(0, kept), total: kept };
    return { slots, scores: score, total: kept };
  }

  /** Counts per facet value over all of `passed` (kept with it). */
  private facetsOf(passed: Passed): Facets {
    if (passed.facets) return passed.facets;
    const counts = new Int32Array(this.valueName.length);
    const { matrix, stride, valueCount } = this;
    const slots = passed.slots;
    for (let k = 0; k < slots.length; k++) {
      const s = slots[k]!;
      const from = s * stride;
      const to = from + valueCount[s]!;
      for (let i = from; i < to; i++) counts[matrix[i]!]!++;
    }
    passed.facets = this.facetsFromCounts(counts);
    return passed.facets;
  }

  private facetsFromCounts(counts: Int32Array): Facets {
    const facets = emptyFacets();
    for (let v = 0; v < counts.length; v++) {
      if (counts[v]! > 0) facets[facetNames[this.valueFacet[v]!]!][this.valueName[v]!] = counts[v]!;
    }
    return facets;
  }

  /**
   * A result without a location is always ordered the same way (by score, or by title without
   * words), until a listing in it expires: order its first pages once and keep them with it.
   */
  private rankedResult(q: EngineQuery, passed: Passed, hasScores: boolean): EngineResult {
    const { slots, scores: base, total } = passed;
    const needed = Math.min(total, q.offset + q.limit);
    const now = Date.now();
    let ranked = passed.ranked;
    if (!ranked || now >= ranked.validUntil || (!ranked.complete && ranked.order.length < needed)) {
      const score = base.slice();
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
    return { total, hits, facets: this.facetsOf(passed) };
  }

  /** The documents of a large result grouped by map cell (a counting sort), see CellOrder. */
  private cellOrder(passed: Passed): CellOrder {
    if (passed.cells) return passed.cells;
    const start = new Int32Array(this.cellIds.size + 1);
    const multiCells: number[] = []; // pairs: cell, index into passed
    for (let k = 0; k < passed.total; k++) {
      const s = passed.slots[k]!;
      const c = this.cellOf[s]!;
      if (c !== none) start[c + 1]!++;
      else if (this.pointCount[s]! > 1) {
        const mine = new Set(this.points[s]!.map((p) => this.cellIds.get(cellKey(p.lat, p.lon))!));
        for (const cell of mine) multiCells.push(cell, k);
      }
    }
    for (let c = 1; c < start.length; c++) start[c]! += start[c - 1]!;
    const next = start.slice(0, -1);
    const order = new Int32Array(start[start.length - 1]!);
    for (let k = 0; k < passed.total; k++) {
      const c = this.cellOf[passed.slots[k]!]!;
      if (c !== none) order[next[c]!++] = k;
    }
    const multiStart = new Int32Array(start.length);
    for (let i = 0; i < multiCells.length; i += 2) multiStart[multiCells[i]! + 1]!++;
    for (let c = 1; c < multiStart.length; c++) multiStart[c]! += multiStart[c - 1]!;
    const multiNext = multiStart.slice(0, -1);
    const multi = new Int32Array(multiCells.length / 2);
    for (let i = 0; i < multiCells.length; i += 2) multi[multiNext[multiCells[i]!]!++] = multiCells[i + 1]!;
    passed.cells = { start, order, multiStart, multi };
    return passed.cells;
  }

  /** A test for "has a location within the radius", for one document slot. */
  private withinTest(near: GeoFilter): (slot: number) => boolean {
    const { radiusMeters: r } = near;
    const flat = flatDistanceFrom(near);
    // A flat-earth estimate settles all but the documents within a few millimetres of the edge.
    const slack = flatDistanceError(r * 1.01, near.lat);
    const outsideAbove = r + slack;
    const insideBelow = r - slack;
    // Outside this band of latitude nothing can be within the radius (the estimate is never
    // less than the latitude difference): most documents stop here.
    const maxDLat = (outsideAbove / EARTH_RADIUS_METERS) * (180 / Math.PI);
    const { lat0, lon0, pointCount, points } = this;
    return (s: number): boolean => {
      if (pointCount[s] === 1) {
        if (Math.abs(lat0[s]! - near.lat) > maxDLat) return false;
        const estimate = flat(lat0[s]!, lon0[s]!);
        if (estimate > outsideAbove) return false;
        return estimate < insideBelow || this.exactDistance(near, s) <= r;
      }
      if (pointCount[s] === 0) return false; // online only
      for (const p of points[s]!) {
        const estimate = flat(p.lat, p.lon);
        if (estimate > outsideAbove) continue;
        if (estimate < insideBelow || distanceMeters(near, p) <= r) return true;
      }
      return false;
    };
  }

  /**
   * The map cells a radius can reach, as ranges of `cells.order`: five numbers per cell (from, to,
   * 1 when the cell lies inside the circle as a whole, the least flat-earth distance from `origin`
   * to the cell or 0 without one, and the cell's id). Cells are judged on the plainest flat earth
   * (one longitude scale, at the centre), off by less than 1 % within 50 km up to 60° of latitude,
   * hence the margins. Nearer the poles no cell is judged as a whole: each document is checked.
   */
  private cellsInReach(near: GeoFilter, cells: CellOrder, origin?: { lat: number; lon: number }): number[] {
    const { start } = cells;
    const lonScale = Math.cos((near.lat * Math.PI) / 180);
    const maxDLat = (near.radiusMeters * 1.01 + 10) / metresPerDegree;
    const maxDLon = maxDLat / Math.max(lonScale, 0.01);
    const originLonScale = origin ? Math.cos((origin.lat * Math.PI) / 180) : 0;
    const judged = Math.abs(near.lat) <= 60 && (!origin || Math.abs(origin.lat) <= 60);
    // A cell whose nearest point is beyond this holds nothing within the radius.
    const outsideAbove = judged ? near.radiusMeters * 1.01 + 10 : Number.POSITIVE_INFINITY;
    const rowMin = Math.floor((near.lat - maxDLat + 90) / cellLat);
    const rowMax = Math.floor((near.lat + maxDLat + 90) / cellLat);
    const colMin = Math.floor((near.lon - maxDLon + 180) / cellLon);
    const colMax = Math.floor((near.lon + maxDLon + 180) / cellLon);
    // A cell whose farthest corner is well inside the circle is inside as a whole (the flat-earth
    // distance is largest at a corner), so its documents need no check of their own.
    const wholeBelow = judged ? near.radiusMeters * 0.99 - 10 - 5 : Number.NEGATIVE_INFINITY;
    const ranges: number[] = [];
    const grid = this.cellGrid();
    for (let row = rowMin; row <= rowMax; row++) {
      if (grid && (row < grid.row0 || row >= grid.row0 + grid.rows)) continue;
      const latLo = row * cellLat - 90;
      const dy = Math.max(Math.abs(latLo - near.lat), Math.abs(latLo + cellLat - near.lat));
      const nearDy = Math.max(0, latLo - near.lat, near.lat - (latLo + cellLat));
      for (let col = colMin; col <= colMax; col++) {
        let c: number | undefined;
        if (grid) {
          const gc = col - grid.col0;
          c = gc >= 0 && gc < grid.cols ? grid.ids[(row - grid.row0) * grid.cols + gc]! : none;
        } else c = this.cellIds.get(row * cellColumns + col);
        if (c === undefined || c === none || c + 1 >= start.length) continue;
        const from = start[c]!;
        const to = start[c + 1]!;
        if (to === from && cells.multiStart[c] === cells.multiStart[c + 1]) continue;
        const lonLo = col * cellLon - 180;
        const nearDx = Math.max(0, lonLo - near.lon, near.lon - (lonLo + cellLon)) * lonScale;
        if (Math.sqrt(nearDx * nearDx + nearDy * nearDy) * metresPerDegree > outsideAbove) continue;
        const dx = Math.max(Math.abs(lonLo - near.lon), Math.abs(lonLo + cellLon - near.lon)) * lonScale;
        let least = 0;
        if (origin && judged) {
          const oy = Math.max(0, latLo - origin.lat, origin.lat - (latLo + cellLat));
          const ox = Math.max(0, lonLo - origin.lon, origin.lon - (lonLo + cellLon)) * originLonScale;
          least = Math.sqrt(ox * ox + oy * oy) * metresPerDegree;
        }
        ranges.push(from, to, Math.sqrt(dx * dx + dy * dy) * metresPerDegree < wholeBelow ? 1 : 0, least, c);
      }
    }
    return ranges;
  }

  /** The documents of `passed` with a location within the radius. */
  private within(passed: Passed, near: GeoFilter): Passed {
    const isWithin = this.withinTest(near);
    if (passed.total < cellOrderFrom) {
      const slots = new Int32Array(passed.total);
      const scores = new Float64Array(passed.total);
      let kept = 0;
      for (let k = 0; k < passed.total; k++) {
        const s = passed.slots[k]!;
        if (!isWithin(s)) continue;
        slots[kept] = s;
        scores[kept++] = passed.scores[k]!;
      }
      return { slots: slots.subarray(0, kept), scores: scores.subarray(0, kept), total: kept };
    }

    // Large results: visit only the map cells the circle can reach.
    const cells = this.cellOrder(passed);
    const ranges = this.cellsInReach(near, cells);
    let room = 0;
    for (let i = 0; i < ranges.length; i += 5) room += ranges[i + 1]! - ranges[i]! + cells.multiStart[ranges[i + 4]! + 1]! - cells.multiStart[ranges[i + 4]!]!;
    const slots = new Int32Array(room);
    const scores = new Float64Array(room);
    let kept = 0;
    const seen = new Set<number>(); // documents with several locations, listed in each of their cells
    for (let i = 0; i < ranges.length; i += 5) {
      const whole = ranges[i + 2] === 1;
      for (let j = ranges[i]!, to = ranges[i + 1]!; j < to; j++) {
        const k = cells.order[j]!;
        const s = passed.slots[k]!;
        if (!whole && !isWithin(s)) continue;
        slots[kept] = s;
        scores[kept++] = passed.scores[k]!;
      }
      const c = ranges[i + 4]!;
      for (let j = cells.multiStart[c]!; j < cells.multiStart[c + 1]!; j++) {
        const k = cells.multi[j]!;
        if (seen.has(k)) continue;
        seen.add(k);
        if (!isWithin(passed.slots[k]!)) continue;
        slots[kept] = passed.slots[k]!;
        scores[kept++] = passed.scores[k]!;
      }
    }
    return { slots: slots.subarray(0, kept), scores: scores.subarray(0, kept), total: kept };
  }

  /**
   * Facet counts per map cell of a large result (kept with it), sparse: cell c counts
   * `value[i]` `count[i]` times for i from start[c] to start[c + 1].
   */
  private cellFacets(passed: Passed, cells: CellOrder): CellFacets {
    if (passed.cellFacets) return passed.cellFacets;
    const cellCount = cells.start.length - 1;
    const start = new Int32Array(cellCount + 1);
    const value: number[] = [];
    const count: number[] = [];
    const scratch = new Int32Array(this.valueName.length);
    const touched: number[] = [];
    const { matrix, stride, valueCount } = this;
    for (let c = 0; c < cellCount; c++) {
      for (let j = cells.start[c]!; j < cells.start[c + 1]!; j++) {
        const s = passed.slots[cells.order[j]!]!;
        for (let i = s * stride, to = i + valueCount[s]!; i < to; i++) if (scratch[matrix[i]!]!++ === 0) touched.push(matrix[i]!);
      }
      for (const v of touched) {
        value.push(v);
        count.push(scratch[v]!);
        scratch[v] = 0;
      }
      touched.length = 0;
      start[c + 1] = value.length;
    }
    passed.cellFacets = { start, value: Int32Array.from(value), count: Int32Array.from(count) };
    return passed.cellFacets;
  }

  /**
   * Radius search over a large result, nearest first ("what is nearby", or words sorted by
   * distance), without listing everything within the radius: cells inside the circle as a whole
   * add their kept counts, only cells on its edge are checked document by document, and for the
   * page only the cells nearest to the origin are opened. Answers exactly what `within` followed
   * by `measure` and `orderPage` would.
   */
  private nearestWithin(q: EngineQuery, passed: Passed, near: GeoFilter, origin: { lat: number; lon: number }): EngineResult {
    const cells = this.cellOrder(passed);
    const ranges = this.cellsInReach(near, cells, origin);
    const isWithin = this.withinTest(near);
    const countOnly = q.countOnly === true;
    const counts = countOnly ? null : new Int32Array(this.valueName.length);
    const cellFacets = countOnly ? null : this.cellFacets(passed, cells);
    const { matrix, stride, valueCount } = this;
    const estimate = this.estimator(origin);

    // Count: whole cells by their kept counts, edge cells and multi-location documents one by one.
    // The documents checked one by one that are within the radius are page contenders straight away.
    let total = 0;
    let room = 0;
    for (let i = 0; i < ranges.length; i += 5) {
      if (ranges[i + 2] !== 1) room += ranges[i + 1]! - ranges[i]!;
      room += cells.multiStart[ranges[i + 4]! + 1]! - cells.multiStart[ranges[i + 4]!]!;
    }
    let picked = new Int32Array(room); // indices into passed
    let pickedEstimate = new Float64Array(room);
    let n = 0;
    const take = (k: number) => {
      const s = passed.slots[k]!;
      if (!isWithin(s)) return;
      total++;
      if (countOnly) return;
      for (let v = s * stride, end = v + valueCount[s]!; v < end; v++) counts![matrix[v]!]!++;
      picked[n] = k;
      pickedEstimate[n++] = estimate(s);
    };
    const wholeCells: number[] = []; // offsets into ranges
    const seen = new Set<number>(); // documents with several locations, listed in each of their cells
    for (let i = 0; i < ranges.length; i += 5) {
      const c = ranges[i + 4]!;
      for (let j = cells.multiStart[c]!; j < cells.multiStart[c + 1]!; j++) {
        const k = cells.multi[j]!;
        if (seen.has(k)) continue;
        seen.add(k);
        take(k);
      }
      if (ranges[i + 2] === 1) {
        total += ranges[i + 1]! - ranges[i]!;
        if (countOnly) continue;
        wholeCells.push(i);
        for (let j = cellFacets!.start[c]!; j < cellFacets!.start[c + 1]!; j++) counts![cellFacets!.value[j]!]! += cellFacets!.count[j]!;
        continue;
      }
      for (let j = ranges[i]!, to = ranges[i + 1]!; j < to; j++) take(cells.order[j]!);
    }
    if (countOnly) return { total, hits: [], facets: emptyFacets() };
    const facets = this.facetsFromCounts(counts!);
    const needed = Math.min(total, q.offset + q.limit);
    if (needed <= q.offset) return { total, hits: [], facets };

    // The page: open whole cells nearest first until none can hold anything nearer than the
    // `needed`-th nearest so far. A cell's least distance is worked out on a plainer flat earth
    // (see cellsInReach) than the documents' estimates, hence the wider margin here.
    const nearest = new MaxHeap(needed);
    for (let i = 0; i < n; i++) nearest.offer(pickedEstimate[i]!);
    wholeCells.sort((a, b) => ranges[a + 3]! - ranges[b + 3]!);
    for (const i of wholeCells) {
      if (nearest.full() && ranges[i + 3]! > nearest.max() * 1.01 + 10) break;
      const from = ranges[i]!;
      const to = ranges[i + 1]!;
      if (n + to - from > picked.length) {
        const size = Math.max(picked.length * 2, n + to - from);
        const grownK = new Int32Array(size);
        const grownE = new Float64Array(size);
        grownK.set(picked.subarray(0, n));
        grownE.set(pickedEstimate.subarray(0, n));
        picked = grownK;
        pickedEstimate = grownE;
      }
      for (let j = from; j < to; j++) {
        const k = cells.order[j]!;
        const e = estimate(passed.slots[k]!);
        picked[n] = k;
        pickedEstimate[n++] = e;
        nearest.offer(e);
      }
    }
    const bound = contenderBound(nearest.max(), origin.lat);
    const contenders: { k: number; distance: number }[] = [];
    for (let i = 0; i < n; i++) {
      if (pickedEstimate[i]! <= bound) contenders.push({ k: picked[i]!, distance: this.exactDistance(origin, passed.slots[picked[i]!]!) });
    }
    const id = (k: number) => this.ids[passed.slots[k]!]!;
    contenders.sort((a, b) => a.distance - b.distance || passed.scores[b.k]! - passed.scores[a.k]! || (id(a.k) < id(b.k) ? -1 : 1));
    return {
      total,
      hits: contenders.slice(q.offset, needed).map(({ k, distance }) => ({ id: id(k), score: passed.scores[k]!, distanceMeters: distance })),
      facets,
    };
  }

  /** Indices (into the kept arrays) of the requested page, best first; only `contenders` can be on it when given. */
  private orderPage(
    q: EngineQuery,
    slots: Int32Array,
    score: Float64Array,
    distance: Float64Array,
    n: number,
    hasScores: boolean,
    contenders: Int32Array | null,
  ): number[] {
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
    if (contenders) return Array.from(contenders).sort(before).slice(q.offset, q.offset + q.limit);
    return topK(n, q.offset + q.limit, before).slice(q.offset);
  }
}

/**
 * Ranked by estimate, the `needed`-th nearest is at `estimate`: a document can be nearer in fact
 * only if its own estimate is within twice the estimate's error of that.
 */
function contenderBound(estimate: number, originLat: number): number {
  return estimate + 2 * flatDistanceError(estimate * 1.01, originLat);
}

function emptyFacets(): Facets {
  return Object.fromEntries(facetNames.map((name) => [name, {} as Record<string, number>])) as Facets;
}

/** The `size` smallest numbers offered so far; max() is the largest of them. */
class MaxHeap {
  private readonly heap: Float64Array;
  private n = 0;
  constructor(private readonly size: number) {
    this.heap = new Float64Array(size);
  }
  full(): boolean {
    return this.n >= this.size;
  }
  max(): number {
    return this.heap[0]!;
  }
  offer(x: number): void {
    const h = this.heap;
    if (this.n < this.size) {
      let i = this.n++;
      while (i > 0 && h[(i - 1) >> 1]! < x) {
        h[i] = h[(i - 1) >> 1]!;
        i = (i - 1) >> 1;
      }
      h[i] = x;
    } else if (this.size > 0 && x < h[0]!) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= this.n) break;
        const c = l + 1 < this.n && h[l + 1]! > h[l]! ? l + 1 : l;
        if (h[c]! <= x) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = x;
    }
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
