import t from 'tap';
import { EARTH_RADIUS_METERS, boundingBox, distanceMeters, flatDistanceError, flatDistanceFrom, type BoundingBox, type LatLon } from '../../api/geo/distance.ts';
import { mulberry32 } from '../../seed/synthetic.ts';

// Amsterdam Centraal (station building) and the Nationaal Monument on the Dam.
const centraal: LatLon = { lat: 52.378889, lon: 4.900278 };
const dam: LatLon = { lat: 52.373056, lon: 4.892778 };

t.test('distanceMeters', async (t) => {
  t.equal(distanceMeters(centraal, centraal), 0, 'zero distance');
  t.equal(distanceMeters({ lat: -33.9, lon: 151.2 }, { lat: -33.9, lon: 151.2 }), 0, 'zero distance, southern hemisphere');

  // "Dam Square lies approximately 750 metres south of Centraal Station" (Wikipedia, Dam Square).
  const d = distanceMeters(centraal, dam);
  t.ok(d > 700 && d < 850, `Centraal - Dam is about 750-800 m (got ${d.toFixed(0)} m)`);
  t.equal(distanceMeters(dam, centraal), d, 'symmetric');

  // Known reference: Rosetta Code's haversine task, BNA (36.12, -86.67) to LAX (33.94, -118.40)
  // is 2887.2599506071106 km with R = 6372.8 km; the distance scales linearly with R.
  t.equal(EARTH_RADIUS_METERS, 6_371_008.8, 'mean earth radius (IUGG)');
  const bnaToLax = (2_887_259.9506071106 * 6_371_008.8) / 6_372_800; // 2,886,448.43 m
  t.ok(Math.abs(distanceMeters({ lat: 36.12, lon: -86.67 }, { lat: 33.94, lon: -118.4 }) - bnaToLax) < 0.001, 'BNA - LAX');

  const oneDegree = 111_195.0802; // π × 6,371,008.8 m / 180
  t.ok(Math.abs(distanceMeters({ lat: 52, lon: 5 }, { lat: 53, lon: 5 }) - oneDegree) < 1e-3, 'one degree along a meridian');
  t.ok(Math.abs(distanceMeters({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }) - oneDegree) < 1e-3, 'across the 180° meridian, the short way');
  t.ok(Math.abs(distanceMeters({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) - Math.PI * EARTH_RADIUS_METERS) < 1e-3, 'antipodes: half the circumference');
  // A degree of longitude shrinks with cos(latitude): at 60° it is half as long.
  t.ok(Math.abs(distanceMeters({ lat: 60, lon: 5 }, { lat: 60, lon: 5.001 }) - oneDegree * 0.001 * 0.5) < 0.01, 'longitude at 60°N');
});

/** The point `meters` away from `from` in direction `bearing` (degrees), on the same sphere. */
function destination(from: LatLon, bearing: number, meters: number): LatLon {
  const rad = Math.PI / 180;
  const angle = meters / EARTH_RADIUS_METERS;
  const [lat1, lon1, theta] = [from.lat * rad, from.lon * rad, bearing * rad];
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(theta));
  const lon2 = lon1 + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / rad, lon: ((((lon2 / rad + 180) % 360) + 360) % 360) - 180 };
}

const inside = (box: BoundingBox, p: LatLon): boolean =>
  p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;

t.test('boundingBox contains every point at the radius, and is not much larger', async (t) => {
  const centers: LatLon[] = [centraal, { lat: 0, lon: 0 }, { lat: -33.9, lon: 151.2 }, { lat: 70, lon: 25 }, { lat: 53.5, lon: 6.6 }];
  for (const center of centers) {
    for (const radius of [1, 750, 5_000, 50_000, 500_000]) {
      const box = boundingBox(center, radius);
      const ring = Array.from({ length: 3600 }, (_, i) => destination(center, i / 10, radius));
      const outside = ring.filter((p) => !inside(box, p));
      t.equal(outside.length, 0, `(${center.lat}, ${center.lon}) r=${radius}: all ${ring.length} ring points inside`);
      t.ok(distanceMeters(center, ring[0]!) - radius < 1e-6, 'the ring really is at the radius');

      // Tight: the ring reaches each edge of the box. Sampling every 0.1° of bearing can miss
      // the extreme point by up to ~radius * 4e-7, hence the tolerance (at least 1 cm).
      const span = (values: number[]) => [Math.min(...values), Math.max(...values)];
      const [ringMinLat, ringMaxLat] = span(ring.map((p) => p.lat));
      const [ringMinLon, ringMaxLon] = span(ring.map((p) => p.lon));
      const tolerance = Math.max(0.01, radius * 1e-6) / 111_195; // in degrees of latitude
      const lonTolerance = tolerance / Math.cos((center.lat * Math.PI) / 180);
      t.ok(
        ringMinLat! - box.minLat < tolerance &&
          box.maxLat - ringMaxLat! < tolerance &&
          ringMinLon! - box.minLon < lonTolerance &&
          box.maxLon - ringMaxLon! < lonTolerance,
        'no edge further beyond the ring than the sampling error',
      );
    }
  }
});

t.test('boundingBox around Amsterdam Centraal, 1 km', async (t) => {
  const box = boundingBox(centraal, 1000);
  t.ok(inside(box, dam), 'the Dam (about 800 m) is in the box');
  t.notOk(inside(box, destination(centraal, 0, 1010)), '1010 m due north is outside');
  t.notOk(inside(box, destination(centraal, 270, 1010)), '1010 m due west is outside');
  // A corner is in the box but about 1.41 km away: the exact check must follow the pre-filter.
  const corner = { lat: box.maxLat, lon: box.maxLon };
  t.ok(distanceMeters(centraal, corner) > 1400);
});

t.test('boundingBox edge cases', async (t) => {
  const point = boundingBox(centraal, 0);
  t.ok(inside(point, centraal), 'radius 0 holds the centre');
  t.ok(point.maxLat - point.minLat < 1e-8 && point.maxLon - point.minLon < 1e-8, 'and almost nothing else');

  const pole = boundingBox({ lat: 89.99, lon: 10 }, 5_000);
  t.match(pole, { maxLat: 90, minLon: -180, maxLon: 180 }, 'over the pole');
  t.ok(inside(pole, destination({ lat: 89.99, lon: 10 }, 0, 4_000)), 'a point past the pole is in');
  t.match(boundingBox({ lat: 0, lon: 179.99 }, 5_000), { minLon: -180, maxLon: 180 }, 'across the 180° meridian');
  t.match(boundingBox({ lat: -89.99, lon: 0 }, 5_000), { minLat: -90, minLon: -180, maxLon: 180 }, 'south pole');

  for (const bad of [-1, NaN, Infinity]) t.throws(() => boundingBox(centraal, bad), RangeError, String(bad));
});

// The search columns decide "within the radius" and "among the nearest" on flatDistanceFrom and
// measure only what that cannot settle: its error bound must hold, or results would be wrong.
t.test('flatDistanceFrom stays within flatDistanceError of distanceMeters', async (t) => {
  const random = mulberry32(52);
  let worst = 0;
  let checked = 0;
  const wrong: string[] = [];
  for (let i = 0; i < 400_000; i++) {
    // Mostly where people live; a quarter up to the poles.
    const origin = { lat: i % 4 === 0 ? -89.9 + random() * 179.8 : -70 + random() * 140, lon: -170 + random() * 340 };
    // Half within a city, the rest up to 100 km or 3,000 km; every direction.
    const d = random() < 0.5 ? random() * 3000 : random() < 0.8 ? random() * 100_000 : random() * 3_000_000;
    const angle = random() * 2 * Math.PI;
    const point = {
      lat: origin.lat + ((Math.cos(angle) * d) / EARTH_RADIUS_METERS) * (180 / Math.PI),
      lon: origin.lon + ((Math.sin(angle) * d) / EARTH_RADIUS_METERS / Math.cos((origin.lat * Math.PI) / 180)) * (180 / Math.PI),
    };
    // Past a pole or across the 180° meridian is out of scope (see flatDistanceFrom).
    if (Math.abs(point.lat) >= 90 || Math.abs(point.lon) >= 180) continue;
    const exact = distanceMeters(origin, point);
    const flat = flatDistanceFrom(origin)(point.lat, point.lon);
    const error = Math.abs(flat - exact);
    // The columns take the error at the smaller of the two (a radius, an estimate).
    const allowed = flatDistanceError(Math.min(exact, flat), origin.lat);
    if (error > allowed) wrong.push(`${JSON.stringify(origin)} → ${JSON.stringify(point)}: ${error} m`);
    worst = Math.max(worst, error / allowed);
    checked++;
  }
  t.same(wrong.slice(0, 5), [], `${checked} pairs checked; at worst ${(100 * worst).toFixed(1)} % of the allowed error`);
  t.ok(flatDistanceError(2000, 53.5) < 0.012, 'within a Dutch city (2 km) the estimate is off by at most about a centimetre');
  const dam = { lat: 52.373056, lon: 4.892778 };
  t.ok(Math.abs(flatDistanceFrom(dam)(52.378889, 4.900278) - distanceMeters(dam, { lat: 52.378889, lon: 4.900278 })) < 0.001, 'Dam - Centraal to the millimetre');
});
