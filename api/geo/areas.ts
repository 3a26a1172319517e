// Area lookup: which gemeente, stadsdeel (or wijk) and buurt contain a point.
//
// The index is pure and in-memory: `createAreaIndex(features)` does no I/O, so it can be built
// from the committed seed file (seed/data/amsterdam-areas.geojson) or from a gemeente's own
// current GeoJSON. `loadAreaFeatures(path)` is the only function here that touches the disk.
//
// Speed: features are registered in a uniform grid of cells over their bounding boxes; a lookup
// visits one cell, rejects candidates by bounding box and only then runs
// @turf/boolean-point-in-polygon on the few polygons left.
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { z } from 'zod';

/**
 * Levels from outermost to innermost. `wijk` is for gemeenten that have wijken under stadsdelen;
 * `kern` for gemeenten of villages (Haarlemmermeer, Oss) where a kern takes the stadsdeel's place.
 */
export const areaLevels = ['gemeente', 'stadsdeel', 'kern', 'wijk', 'buurt'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export interface AreaProperties {
  /** CBS statcode, e.g. GM0363, WK036300, BU03630000. */
  code: string;
  name: string;
  level: AreaLevel;
  /** Code of the containing area one level up; null for the gemeente. */
  parent: string | null;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

/** What `areasAt` returns per area. */
export interface AreaRef {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface Area extends AreaRef {
  parent: string | null;
  /** [minLon, minLat, maxLon, maxLat] (GeoJSON order). */
  bbox: [number, number, number, number];
  /** Area-weighted centroid; for a very concave or multi-part area it can lie outside the area. */
  centroid: { lat: number; lon: number };
}

export interface AreaIndex {
  /**
   * Areas containing the point, outermost first (gemeente, stadsdeel, buurt). The innermost area
   * found decides the chain: its ancestors are taken from `parent`, so the answer is always a
   * consistent hierarchy even where layers of different origin disagree slightly at their edges.
   * A point outside every area gives [].
   */
  areasAt(lat: number, lon: number): AreaRef[];
  /** All areas, in the order of the input features. */
  all(): Area[];
  /** One area by its code. */
  get(code: string): Area | undefined;
}

type Ring = Position[];
type PolygonRings = Ring[];

interface Indexed {
  area: Area;
  ref: AreaRef;
  depth: number;
  geometry: Polygon | MultiPolygon;
  /** Bounding box per polygon part, to skip parts of a MultiPolygon cheaply. */
  parts: { bbox: [number, number, number, number]; polygon: Polygon }[];
}

const depthOf: Record<AreaLevel, number> = { gemeente: 0, stadsdeel: 1, kern: 1, wijk: 2, buurt: 3 };

function polygonsOf(g: Polygon | MultiPolygon): PolygonRings[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function ringBbox(ring: Ring, b: [number, number, number, number]) {
  for (const p of ring) {
    const x = p[0]!;
    const y = p[1]!;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
}

function emptyBbox(): [number, number, number, number] {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

/** Signed area and first moments of a ring (shoelace), in degrees. */
function ringMoments(ring: Ring): { a: number; cx: number; cy: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    const f = xj * yi - xi * yj;
    a += f;
    cx += (xj + xi) * f;
    cy += (yj + yi) * f;
  }
  return { a: a / 2, cx, cy };
}

/** Area-weighted centroid of all parts (holes subtract). Falls back to the bbox centre. */
function centroidOf(polys: PolygonRings[], bbox: [number, number, number, number]): { lat: number; lon: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const rings of polys) {
    rings.forEach((ring, i) => {
      const m = ringMoments(ring);
      // Outer ring counts positive, holes negative, whatever the winding in the file.
      const sign = (i === 0 ? 1 : -1) * Math.sign(m.a);
      area += sign * m.a;
      cx += sign * m.cx;
      cy += sign * m.cy;
    });
  }
  if (Math.abs(area) < 1e-12) return { lat: (bbox[1] + bbox[3]) / 2, lon: (bbox[0] + bbox[2]) / 2 };
  return { lat: cy / (6 * area), lon: cx / (6 * area) };
}

function contains(b: [number, number, number, number], x: number, y: number): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

export interface AreaIndexOptions {
  /**
   * When a point lies in no area, accept the nearest area whose boundary is at most this many
   * metres away (default 0: strict containment). Useful with coarse, generalised boundaries
   * such as the seed file, whose edges can be a few hundred metres off.
   */
  toleranceMeters?: number;
}

const METRES_PER_DEGREE = 111_320;

/** Distance in metres from a point to a segment, on a local equirectangular projection. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Build an in-memory index. Features without a polygon geometry are ignored. */
export function createAreaIndex(features: readonly AreaFeature[], options: AreaIndexOptions = {}): AreaIndex {
  const tolerance = Math.max(0, options.toleranceMeters ?? 0);
  const items: Indexed[] = [];
  const byCode = new Map<string, Indexed>();
  for (const f of features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polys = polygonsOf(g).filter((rings) => rings.length > 0 && rings[0]!.length >= 4);
    if (polys.length === 0) continue;
    const bbox = emptyBbox();
    const parts = polys.map((rings) => {
      const pb = emptyBbox();
      ringBbox(rings[0]!, pb);
      ringBbox(rings[0]!, bbox);
      return { bbox: pb, polygon: { type: 'Polygon' as const, coordinates: rings } };
    });
    const { code, name, level, parent } = f.properties;
    const area: Area = { code, name, level, parent: parent ?? null, bbox, centroid: centroidOf(polys, bbox) };
    const item: Indexed = { area, ref: { code, name, level }, depth: depthOf[level] ?? 9, geometry: g, parts };
    items.push(item);
    if (!byCode.has(code)) byCode.set(code, item);
  }

  // Uniform grid over the extent of all areas; each cell lists the areas whose bbox overlaps it.
  const extent = emptyBbox();
  for (const it of items) {
    extent[0] = Math.min(extent[0], it.area.bbox[0]);
    extent[1] = Math.min(extent[1], it.area.bbox[1]);
    extent[2] = Math.max(extent[2], it.area.bbox[2]);
    extent[3] = Math.max(extent[3], it.area.bbox[3]);
  }
  const n = Math.max(1, Math.min(256, Math.ceil(Math.sqrt(items.length) * 2)));
  const cw = items.length ? (extent[2] - extent[0]) / n || 1 : 1;
  const ch = items.length ? (extent[3] - extent[1]) / n || 1 : 1;
  const cellOf = (v: number, min: number, size: number) => Math.min(n - 1, Math.max(0, Math.floor((v - min) / size)));
  const grid: Indexed[][] = Array.from({ length: n * n }, () => []);
  for (const it of items) {
    const b = it.area.bbox;
    const x0 = cellOf(b[0], extent[0], cw);
    const x1 = cellOf(b[2], extent[0], cw);
    const y0 = cellOf(b[1], extent[1], ch);
    const y1 = cellOf(b[3], extent[1], ch);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) grid[y * n + x]!.push(it);
  }
  // Innermost levels first, so the first hit is the deepest area.
  for (const cell of grid) cell.sort((a, b) => b.depth - a.depth);
  const maxDepth = items.reduce((m, it) => Math.max(m, it.depth), 0);

  const inside = (it: Indexed, pt: [number, number]): boolean => {
    if (!contains(it.area.bbox, pt[0], pt[1])) return false;
    for (const part of it.parts) {
      if (contains(part.bbox, pt[0], pt[1]) && booleanPointInPolygon(pt, part.polygon)) return true;
    }
    return false;
  };

  /** Distance in metres from the point to the area's outline, or Infinity beyond `max`. */
  const distanceTo = (it: Indexed, lon: number, lat: number, max: number): number => {
    const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const ky = METRES_PER_DEGREE;
    const dLon = max / kx;
    const dLat = max / ky;
    const b = it.area.bbox;
    if (lon < b[0] - dLon || lon > b[2] + dLon || lat < b[1] - dLat || lat > b[3] + dLat) return Infinity;
    let best = Infinity;
    for (const rings of polygonsOf(it.geometry)) {
      for (const ring of rings) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1]!;
          const c = ring[i]!;
          const d = segmentDistance(0, 0, (a[0]! - lon) * kx, (a[1]! - lat) * ky, (c[0]! - lon) * kx, (c[1]! - lat) * ky);
          if (d < best) best = d;
        }
      }
    }
    return best <= max ? best : Infinity;
  };

  /** Nearest area within the tolerance, deepest level first; only used when nothing contains the point. */
  const nearest = (lat: number, lon: number, minDepth: number): Indexed | undefined => {
    let found: Indexed | undefined;
    let foundDist = Infinity;
    for (const it of items) {
      if (it.depth < minDepth || (found && it.depth < found.depth)) continue;
      const d = distanceTo(it, lon, lat, tolerance);
      if (d === Infinity) continue;
      if (!found || it.depth > found.depth || d < foundDist) {
        found = it;
        foundDist = d;
      }
    }
    return found;
  };

  const chainFrom = (it: Indexed, cell: readonly Indexed[], pt: [number, number]): AreaRef[] => {
    // Walk up the parent chain (guarding against cycles in bad input).
    const chain: AreaRef[] = [it.ref];
    const seen = new Set([it.area.code]);
    let parent = it.area.parent;
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      const p = byCode.get(parent);
      if (!p) break;
      chain.push(p.ref);
      parent = p.area.parent;
    }
    // If the parent chain is incomplete (e.g. a buurt file without stadsdelen), add the
    // outer levels that contain the point by geometry.
    const topDepth = depthOf[chain[chain.length - 1]!.level];
    if (topDepth > 0) {
      for (const other of cell) {
        if (other.depth < topDepth && !chain.some((c) => c.level === other.ref.level) && inside(other, pt)) {
          chain.push(other.ref);
        }
      }
    }
    return chain.sort((a, b) => depthOf[a.level] - depthOf[b.level]).map((r) => ({ ...r }));
  };

  const areasAt = (lat: number, lon: number): AreaRef[] => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || items.length === 0) return [];
    const pt: [number, number] = [lon, lat];
    let hit: Indexed | undefined;
    let cell: readonly Indexed[] = [];
    if (contains(extent, lon, lat)) {
      cell = grid[cellOf(lat, extent[1], ch) * n + cellOf(lon, extent[0], cw)]!;
      // Cells are sorted innermost level first, so the first hit is the deepest area.
      hit = cell.find((it) => inside(it, pt));
    }
    if (tolerance > 0 && (!hit || hit.depth < maxDepth)) {
      // Nothing (or nothing deep enough) contains the point: take the nearest deeper area within
      // the tolerance, provided it lies inside what did contain the point.
      const near = nearest(lat, lon, hit ? hit.depth + 1 : 0);
      if (near) {
        const chain = chainFrom(near, cell, pt);
        if (!hit || chain.some((a) => a.code === hit.area.code)) return chain;
      }
    }
    return hit ? chainFrom(hit, cell, pt) : [];
  };

  return {
    areasAt,
    all: () => items.map((it) => ({ ...it.area, bbox: [...it.area.bbox], centroid: { ...it.area.centroid } })),
    get: (code) => {
      const it = byCode.get(code);
      return it ? { ...it.area, bbox: [...it.area.bbox], centroid: { ...it.area.centroid } } : undefined;
    },
  };
}

const AreaFeatureShape = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: z.string().min(1),
    name: z.string(),
    level: z.enum(areaLevels),
    parent: z.string().nullable().optional(),
  }),
  geometry: z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.array(z.unknown())),
  }),
});

const AreaFileShape = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(AreaFeatureShape),
});

/** Read an area GeoJSON file (FeatureCollection with code/name/level/parent properties). */
export function loadAreaFeatures(path: string): AreaFeature[] {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = AreaFileShape.safeParse(json);
  if (!parsed.success) {
    throw new Error(`Not an area FeatureCollection: ${path}: ${z.prettifyError(parsed.error)}`);
  }
  // The shape check above covers properties and geometry type; coordinates are used as given.
  return (json as { features: AreaFeature[] }).features.map((f) => ({
    ...f,
    properties: { ...f.properties, parent: f.properties.parent ?? null },
  }));
}
