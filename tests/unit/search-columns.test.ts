// The embedded engine's in-memory columns at a size where its shortcuts kick in (filter bitsets,
// map cells, counts kept per cell, nearest cells first), checked against a plain reference
// written here: filter every document, measure every distance, sort everything.
import t, { type Test } from 'tap';
import { DocColumns, type ColumnData, type Candidates } from '../../api/search/columns.ts';
import { facetNames, type EngineQuery, type FacetName } from '../../api/search/contract.ts';
import { mulberry32 } from '../../seed/synthetic.ts';
import { haversine } from '../search/contract.ts';

const r = mulberry32(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const kinds = ['activiteit', 'plek', 'steun', 'vacature'];
const themes = ['sport', 'taal', 'geld', 'eten', 'cultuur', 'natuur'];
const languages = ['nl', 'en', 'tr', 'ar'];
const slotsOpen = [100, 101, 102, 200];

const amsterdam = { lat: 52.37, lon: 4.9 };
/** Where the documents and queries are (Amsterdam but in the test that goes elsewhere). */
let centre = amsterdam;

/** A point around the centre, denser in the middle, like real listings. */
const point = () => {
  const spread = r() < 0.5 ? 0.02 : 0.08;
  return { lat: centre.lat + (r() - 0.5) * spread, lon: centre.lon + (r() - 0.5) * spread * 1.6 };
};

const makeDocs = (n: number): ColumnData[] => Array.from({ length: n }, (_, i) => {
  const x = r();
  const points = x < 0.03 ? [] : x < 0.1 ? [point(), point(), point()] : [point()];
  const facets = Object.fromEntries(facetNames.map((f) => [f, [] as string[]])) as Record<FacetName, string[]>;
  facets.kind = [pick(kinds)];
  facets.theme = [...new Set([pick(themes), ...(r() < 0.4 ? [pick(themes)] : [])])];
  facets.language = r() < 0.3 ? [pick(languages)] : [];
  return {
    id: `doc-${String(i).padStart(5, '0')}`,
    title: `Titel ${i % 97}`,
    facets,
    free: r() < 0.5,
    isExample: r() < 0.1,
    ageMin: r() < 0.2 ? Math.floor(r() * 40) : null,
    ageMax: r() < 0.2 ? 40 + Math.floor(r() * 50) : null,
    points,
    openSlots: slotsOpen.filter(() => r() < 0.3),
    staleAfter: null,
  };
});
const docs = makeDocs(6000);

function fill(columns: DocColumns, list: ColumnData[]) {
  list.forEach((d, i) => columns.set(i + 1, d));
}

type Query = EngineQuery & { origin: { lat: number; lon: number } };

/** The reference: every document, every distance, a full sort. */
function reference(list: (ColumnData | null)[], q: Query, scores: Map<number, number> | null) {
  const f = q.filters;
  const passed: { d: ColumnData; score: number; distance: number }[] = [];
  list.forEach((d, slot) => {
    if (!d) return;
    if (scores && !scores.has(slot)) return;
    for (const facet of facetNames) {
      const wanted = f.facets[facet];
      if (wanted?.length && !wanted.some((v) => d.facets[facet].includes(v))) return;
    }
    if (f.free !== undefined && d.free !== f.free) return;
    if (f.example !== undefined && d.isExample !== f.example) return;
    if (f.age !== undefined && ((d.ageMin != null && d.ageMin > f.age) || (d.ageMax != null && d.ageMax < f.age))) return;
    if (f.openSlot !== undefined && !d.openSlots.includes(f.openSlot)) return;
    const distance = Math.min(...d.points.map((p) => haversine(q.origin, p)));
    if (f.near && !d.points.some((p) => haversine(f.near!, p) <= f.near!.radiusMeters)) return;
    passed.push({ d, score: scores?.get(slot) ?? 0, distance });
  });
  passed.sort((a, b) => a.distance - b.distance || b.score - a.score || (a.d.id < b.d.id ? -1 : 1));
  const facets: Record<string, Record<string, number>> = Object.fromEntries(facetNames.map((n) => [n, {}]));
  for (const { d } of passed) for (const facet of facetNames) for (const v of d.facets[facet]) facets[facet]![v] = (facets[facet]![v] ?? 0) + 1;
  return { total: passed.length, page: passed.slice(q.offset, q.offset + q.limit), facets };
}

/** No location: no distance reported. */
const distanceSame = (got: number | undefined, want: number) => (Number.isFinite(want) ? got !== undefined && Math.abs(got - want) < 1e-6 : got === undefined);
const sortedFacets = (facets: Record<string, Record<string, number>>) =>
  Object.fromEntries(Object.entries(facets).map(([name, counts]) => [name, Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))]));

function randomQuery(): Query {
  const origin = point();
  const facets: EngineQuery['filters']['facets'] = {};
  if (r() < 0.3) facets.kind = [pick(kinds), ...(r() < 0.5 ? [pick(kinds)] : [])];
  if (r() < 0.2) facets.theme = [pick(themes)];
  if (r() < 0.1) facets.language = [pick(languages)];
  const filters: EngineQuery['filters'] = { facets };
  if (r() < 0.15) filters.free = r() < 0.5;
  if (r() < 0.1) filters.example = false;
  if (r() < 0.1) filters.age = Math.floor(r() * 90);
  if (r() < 0.1) filters.openSlot = pick(slotsOpen);
  if (r() < 0.85) filters.near = { ...(r() < 0.8 ? origin : point()), radiusMeters: pick([150, 400, 800, 1500, 3000, 8000]) };
  return { text: '', filters, origin, sort: 'distance', offset: pick([0, 0, 0, 20, 60]), limit: pick([20, 20, 5]), countOnly: r() < 0.1 };
}

function check(t: Test, columns: DocColumns, list: (ColumnData | null)[], rounds: number) {
  let failures = 0;
  for (let i = 0; i < rounds && failures < 3; i++) {
    const q = randomQuery();
    // Half the queries have words: a random half of the documents matched, with scores.
    let candidates: Candidates | null = null;
    let scores: Map<number, number> | null = null;
    if (r() < 0.5) {
      scores = new Map();
      list.forEach((d, slot) => d && r() < 0.5 && scores!.set(slot, Math.floor(r() * 5)));
      const slots = [...scores.keys()];
      candidates = { slots: Int32Array.from(slots), scores: Float64Array.from(slots.map((s) => scores!.get(s)!)) };
    }
    const got = columns.query(q, candidates, `words-${i}`); // the key names the words, so one per candidate set
    const want = reference(list, q, scores);
    const label = JSON.stringify({ ...q.filters, offset: q.offset, limit: q.limit, words: scores !== null, countOnly: q.countOnly });
    const same =
      got.total === want.total &&
      (q.countOnly ||
        (JSON.stringify(got.hits.map((h) => h.id)) === JSON.stringify(want.page.map((p) => p.d.id)) &&
          got.hits.every((h, k) => distanceSame(h.distanceMeters, want.page[k]!.distance)) &&
          JSON.stringify(sortedFacets(got.facets)) === JSON.stringify(sortedFacets(want.facets))));
    if (!same) {
      failures++;
      t.fail(`answer differs from the reference: ${label}`, { got: { total: got.total, ids: got.hits.map((h) => h.id) }, want: { total: want.total, ids: want.page.map((p) => p.d.id) } });
    }
  }
  if (failures === 0) t.pass(`${rounds} random queries answered as the reference does`);
}

t.test('filters, radius, distance order, counts and facets equal a plain reference', async (t) => {
  const columns = new DocColumns();
  fill(columns, docs);
  // Slots follow rowids here (1 → slot 0), as the reference assumes.
  t.equal(columns.slotOf(1), 0);
  check(t, columns, docs, 400);
});

t.test('after deletes and updates the kept shortcuts are rebuilt', async (t) => {
  const columns = new DocColumns();
  fill(columns, docs);
  columns.query(randomQuery(), null, ''); // builds cells, counts and bitsets
  const byRowid = new Map(docs.map((d, i) => [i + 1, d]));
  for (let i = 0; i < 800; i++) {
    const rowid = 1 + Math.floor(r() * docs.length);
    if (r() < 0.5) {
      columns.delete(rowid);
      byRowid.delete(rowid);
    } else {
      const moved = { ...pick(docs), id: `moved-${i}`, points: [point()] };
      columns.set(rowid, moved);
      byRowid.set(rowid, moved);
    }
  }
  // A deleted document's slot is reused by the next new one: the reference goes by slot too.
  const bySlot = () => {
    const list: (ColumnData | null)[] = Array.from({ length: docs.length }, () => null);
    for (const [rowid, d] of byRowid) list[columns.slotOf(rowid)!] = d;
    return list;
  };
  check(t, columns, bySlot(), 200);

  // Renumbered in map order, the same documents give the same answers.
  columns.reorder();
  t.equal(columns.unordered, 0);
  t.equal(columns.size, byRowid.size);
  check(t, columns, bySlot(), 200);
});

// Map cells are keyed by row and column around the whole earth, and distances are estimated on a
// flat earth whose error grows towards the poles: the same answers elsewhere.
t.test('the same far from Amsterdam: east of 20°E, south, west, and near the pole', async (t) => {
  const places = [
    { name: 'Warsaw', lat: 52.23, lon: 21.01 },
    { name: 'Sydney', lat: -33.87, lon: 151.21 },
    { name: 'New York', lat: 40.71, lon: -74.0 },
    { name: 'Tromsø', lat: 69.65, lon: 18.96 },
    { name: 'Longyearbyen', lat: 78.22, lon: 15.65 },
  ];
  t.teardown(() => {
    centre = amsterdam;
  });
  for (const place of places) {
    centre = place;
    const list = makeDocs(3000);
    const columns = new DocColumns();
    fill(columns, list);
    await t.test(place.name, async (t) => check(t, columns, list, 150));
  }
});

// A kept filter result counts its arrays against the cache's budget: when a filter passes a few
// documents of many, it must not hold arrays the size of all of them.
t.test('a kept filter result that passes a few documents holds a few documents', async (t) => {
  const columns = new DocColumns();
  fill(columns, docs);
  const one = docs.find((d) => d.points.length === 1)!.points[0]!;
  const bbox: [number, number, number, number] = [one.lon - 1e-7, one.lat - 1e-7, one.lon + 1e-7, one.lat + 1e-7];
  const got = columns.query({ text: '', filters: { facets: {}, bbox }, sort: 'relevance', offset: 0, limit: 20 }, null, '');
  t.ok(got.total >= 1 && got.total < 10, `a map area around one listing (${got.total} found)`);
  t.ok(columns.filterCacheBytes < 12 * docs.length, `kept for ${columns.filterCacheBytes} bytes, less than its ${docs.length} candidates' arrays`);
});
