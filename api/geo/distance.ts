// Distance on the earth's surface, and a cheap bounding box to pre-filter before measuring.
//
// Typical use: `WHERE lat BETWEEN minLat AND maxLat AND lon BETWEEN minLon AND maxLon` (uses the
// index), then keep the rows with distanceMeters(center, row) <= radius.

export interface LatLon {
  lat: number;
  lon: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** Mean earth radius (IUGG), in metres. A sphere is accurate to ~0.5% — fine for "op 800 m". */
export const EARTH_RADIUS_METERS = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

/** Great-circle distance in metres (haversine formula). */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // atan2 instead of asin(sqrt(h)): stays accurate when rounding pushes h a hair above 1.
  return 2 * EARTH_RADIUS_METERS * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

/**
 * Distances from one origin, cheaply: a flat earth whose longitude scale is the cosine of the
 * midpoint latitude (to first order, so no trigonometry per point). For ranking and cutting off
 * thousands of points before measuring the few that matter with distanceMeters. Not across the
 * 180° meridian (nowhere near a gemeente).
 */
export function flatDistanceFrom(origin: LatLon): (lat: number, lon: number) => number {
  const cosLat = Math.cos(toRadians(origin.lat));
  const sinLat = Math.sin(toRadians(origin.lat));
  return (lat, lon) => {
    const dLat = toRadians(lat - origin.lat);
    // cos(lat0 + dLat / 2) ≈ cos(lat0) − sin(lat0) · dLat / 2
    const dLon = toRadians(lon - origin.lon) * (cosLat - (sinLat * dLat) / 2);
    return Math.sqrt(dLat * dLat + dLon * dLon) * EARTH_RADIUS_METERS;
  };
}

/**
 * How far flatDistanceFrom(origin) can be off from distanceMeters at distance d (metres), with
 * room to spare: the error grows with d³ and towards the poles (measured at most 0.82 of
 * d · (d / R)² / cos²(latitude), tests/unit/distance.test.ts; this allows twice that). About a
 * centimetre for anything within a Dutch city; unbounded at a pole, where nothing is estimated.
 */
export const flatDistanceError = (d: number, originLat: number): number =>
  (2 * d * (d / EARTH_RADIUS_METERS) ** 2) / Math.cos(toRadians(originLat)) ** 2 + 0.01;

/**
 * The smallest lat/lon box that holds every point within `radiusMeters` of `center`.
 * It is a pre-filter only: its corners are further away than the radius.
 *
 * Latitude is easy: moving r metres changes latitude by at most r / R radians.
 * Longitude is not: the circle's widest point is north of the centre (in the north), where
 * meridians are closer together, so the simple (r / R) / cos(lat) is slightly too narrow.
 * The exact half-width is asin(sin(r / R) / cos(lat)) (J. P. Matuschek, "Finding points within
 * a distance of a latitude/longitude using bounding coordinates").
 * Near a pole or across the 180° meridian we return all longitudes: still correct, and far
 * from anything in the Netherlands.
 */
export function boundingBox(center: LatLon, radiusMeters: number): BoundingBox {
  if (!(radiusMeters >= 0) || !Number.isFinite(radiusMeters)) {
    throw new RangeError(`radiusMeters must be a finite number >= 0, got ${radiusMeters}`);
  }
  const angle = radiusMeters / EARTH_RADIUS_METERS; // angular radius, radians
  // A hair of slack (about 0.1 mm), so rounding never drops a point lying exactly on the radius.
  const slack = 1e-9;
  const minLat = center.lat - toDegrees(angle) - slack;
  const maxLat = center.lat + toDegrees(angle) + slack;
  if (minLat <= -90 || maxLat >= 90 || angle >= Math.PI / 2) {
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), minLon: -180, maxLon: 180 };
  }
  const halfWidth = toDegrees(Math.asin(Math.sin(angle) / Math.cos(toRadians(center.lat)))) + slack;
  const minLon = center.lon - halfWidth;
  const maxLon = center.lon + halfWidth;
  if (minLon < -180 || maxLon > 180) return { minLat, maxLat, minLon: -180, maxLon: 180 };
  return { minLat, maxLat, minLon, maxLon };
}
