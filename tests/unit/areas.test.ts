import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAreaIndex, loadAreaFeatures, type AreaFeature } from '../../api/geo/areas.ts';
import { loadPostcodeCentroids, parsePostcodeCentroids } from '../../api/geo/postcodes.ts';

const dataFile = (name: string) => fileURLToPath(new URL(`../../seed/data/${name}`, import.meta.url));
const features = loadAreaFeatures(dataFile('amsterdam-areas.geojson'));
const index = createAreaIndex(features);

const DAM = { lat: 52.3731, lon: 4.8926 };
const WEESP = { lat: 52.3075, lon: 5.0417 }; // Weesp centre
const UTRECHT = { lat: 52.0907, lon: 5.1214 }; // Domplein

t.test('the seed file', async (t) => {
  const levels = features.reduce<Record<string, number>>((a, f) => ({ ...a, [f.properties.level]: (a[f.properties.level] ?? 0) + 1 }), {});
  t.equal(levels['gemeente'], 1, 'one gemeente (Amsterdam with Weesp)');
  t.equal(levels['stadsdeel'], 9, 'eight 2014 stadsdelen (incl. Westpoort) and Weesp');
  t.ok((levels['buurt'] ?? 0) > 90, `buurten: ${levels['buurt']}`);
  const codes = new Set(features.map((f) => f.properties.code));
  for (const f of features) {
    const { code, parent, level } = f.properties;
    if (level === 'gemeente') t.equal(parent, null);
    else if (!parent || !codes.has(parent)) t.fail(`${code}: parent ${parent} missing`);
    if (level === 'buurt' && parent !== `WK${code.slice(2, 8)}`) t.fail(`${code}: parent ${parent}`);
  }
  const names = features.filter((f) => f.properties.level === 'stadsdeel').map((f) => f.properties.name);
  t.ok(names.includes('Centrum') && names.includes('Weesp'), 'clean stadsdeel names');
  t.notOk(names.some((n) => n.startsWith('Stadsdeel')), 'no "Stadsdeel " prefix');
  const text = readFileSync(dataFile('amsterdam-areas.geojson'), 'utf8');
  t.notOk(/\d\.\d{6,}/.test(text), 'coordinates rounded to 5 decimals');
});

t.test('areasAt', async (t) => {
  const dam = index.areasAt(DAM.lat, DAM.lon);
  t.same(dam.map((a) => a.level), ['gemeente', 'stadsdeel', 'buurt'], 'outermost first');
  t.equal(dam[0]?.code, 'GM0363');
  t.equal(dam[1]?.name, 'Centrum');
  t.match(dam[2]?.name, /Burgwallen/, `the Dam is in a Burgwallen buurt (${dam[2]?.name})`);

  const weesp = index.areasAt(WEESP.lat, WEESP.lon);
  t.equal(weesp[0]?.code, 'GM0363', 'Weesp is part of Amsterdam');
  t.same(weesp[1], { code: 'WK045700', name: 'Weesp', level: 'stadsdeel' });
  t.match(weesp[2]?.code, /^BU0457/);

  t.same(index.areasAt(UTRECHT.lat, UTRECHT.lon), [], 'Utrecht is in no Amsterdam area');
  t.same(index.areasAt(Number.NaN, 4.9), []);
});

t.test('tolerance for coarse boundaries', async (t) => {
  const ijburg = { lat: 52.356655, lon: 4.996847 }; // OBA IJburg, just outside the generalised outline
  t.same(index.areasAt(ijburg.lat, ijburg.lon), [], 'strict: outside');
  const loose = createAreaIndex(features, { toleranceMeters: 500 });
  const found = loose.areasAt(ijburg.lat, ijburg.lon);
  t.same(found.map((a) => a.level), ['gemeente', 'stadsdeel', 'buurt']);
  t.match(found[2]?.name, /IJburg/);
  t.same(loose.areasAt(UTRECHT.lat, UTRECHT.lon), [], 'far away stays outside');
  t.same(loose.areasAt(DAM.lat, DAM.lon), index.areasAt(DAM.lat, DAM.lon), 'contained points unchanged');
});

t.test('all() and get()', async (t) => {
  const all = index.all();
  t.equal(all.length, features.length);
  for (const a of all) {
    const [x0, y0, x1, y1] = a.bbox;
    if (!(x0 < x1 && y0 < y1)) t.fail(`${a.code}: bbox`);
    if (!(a.centroid.lon >= x0 && a.centroid.lon <= x1 && a.centroid.lat >= y0 && a.centroid.lat <= y1)) t.fail(`${a.code}: centroid`);
  }
  const centrum = index.get('WK036300');
  t.equal(centrum?.name, 'Centrum');
  t.equal(centrum?.parent, 'GM0363');
  t.same(index.areasAt(centrum!.centroid.lat, centrum!.centroid.lon).map((a) => a.code).slice(0, 2), ['GM0363', 'WK036300']);
  t.equal(index.get('nope'), undefined);
});

t.test('pure index on hand-made features', async (t) => {
  const square = (code: string, level: AreaFeature['properties']['level'], parent: string | null, x0: number, y0: number, x1: number, y1: number): AreaFeature => ({
    type: 'Feature',
    properties: { code, name: code, level, parent },
    geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
  });
  const idx = createAreaIndex([
    square('GM1', 'gemeente', null, 0, 0, 10, 10),
    square('WK1', 'stadsdeel', 'GM1', 0, 0, 5, 10),
    square('BU1', 'buurt', 'WK1', 0, 0, 5, 5),
  ]);
  t.same(idx.areasAt(1, 1).map((a) => a.code), ['GM1', 'WK1', 'BU1']);
  t.same(idx.areasAt(8, 1).map((a) => a.code), ['GM1', 'WK1'], 'no buurt there');
  t.same(idx.areasAt(8, 8).map((a) => a.code), ['GM1']);
  t.same(idx.areasAt(11, 1), []);
  t.same(createAreaIndex([]).areasAt(1, 1), []);
});

t.test('speed: 10k lookups', async (t) => {
  const [x0, y0, x1, y1] = index.get('GM0363')!.bbox;
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const points = Array.from({ length: 10_000 }, () => [y0 + rnd() * (y1 - y0), x0 + rnd() * (x1 - x0)] as const);
  const build0 = performance.now();
  createAreaIndex(features);
  const buildMs = performance.now() - build0;
  const start = performance.now();
  let hits = 0;
  for (const [lat, lon] of points) if (index.areasAt(lat, lon).length) hits++;
  const ms = performance.now() - start;
  t.comment(`index build ${buildMs.toFixed(1)} ms; 10k lookups ${ms.toFixed(1)} ms (${hits} inside Amsterdam)`);
  t.ok(ms < 2000, '10k lookups well under 2 s');
});

t.test('postcode centroids', async (t) => {
  const pcs = loadPostcodeCentroids(dataFile('postcodes-pc4.tsv'));
  const pc = pcs.get('1014');
  t.ok(pc, 'PC4 1014 exists');
  t.equal(pc?.gemeente, 'Amsterdam');
  t.equal(pc?.gemeenteCode, '0363');
  t.ok(pc && Math.abs(pc.lat - 52.39) < 0.05 && Math.abs(pc.lon - 4.87) < 0.05, 'near Westerpark');
  t.equal(pcs.size, 4064, 'one entry per distinct PC4');
  t.equal(pcs.get('1382')?.place, 'Weesp');
  const c = pcs.get('1014')!;
  t.same(index.areasAt(c.lat, c.lon)[0]?.code, 'GM0363', 'the 1014 centroid lies in Amsterdam');
  t.throws(() => parsePostcodeCentroids('pc4\tplace\n1014\tX\n'), /missing column/);
});
