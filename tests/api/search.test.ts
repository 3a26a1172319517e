// GET /api/search over the demo gemeente with the embedded engine: the HTTP contract,
// geo, filters, facets, the outbox keeping the index in step, and hostile input.
import t from 'tap';
import { distanceMeters } from '../../api/geo/distance.ts';
import { auth, tempDir, testConfig, testApp } from '../helpers.ts';

const app = await testApp(testConfig(tempDir(t), { loadDemo: true }));
t.teardown(() => app.close());
await app.searchIndexer.drain();

type Hit = { id: string; title: string; kind: string; distanceMeters?: number; location: { lat?: number; lon?: number } | null; highlights: { title: [number, number][] } };
type Answer = {
  total: number;
  hits: Hit[];
  facets: Record<string, Record<string, number>>;
  origin: { lat: number; lon: number } | null;
  relaxedQuery: string | null;
  suggestions: { reason: string; q: string; total: number }[];
};

const search = async (qs: string): Promise<Answer> => {
  const res = await app.inject({ url: `/api/search?${qs}` });
  if (res.statusCode !== 200) throw new Error(`${qs}: ${res.statusCode} ${res.body}`);
  return res.json();
};

t.test('finds by word, typo, plural, synonym and compound part', async (t) => {
  for (const q of ['bibliotheek', 'bibliotheak', 'bibliotheken', 'bieb', 'boerderij']) {
    const r = await search(`q=${encodeURIComponent(q)}&example=false&limit=5`);
    t.ok(r.total > 0, `${q}: ${r.total} results`);
  }
  const bieb = await search('q=bieb&example=false&limit=5');
  t.ok(bieb.hits.every((h) => /OBA|bibliothe/i.test(h.title)), 'bieb finds libraries');
  const typo = await search('q=bibliotheak&example=false&limit=3');
  const exact = await search('q=bibliotheek&example=false&limit=3');
  t.same(typo.hits.map((h) => h.id), exact.hits.map((h) => h.id), 'one typo finds the same as the right word');
  const hl = await search('q=kinderboerderij&example=false&limit=1');
  t.ok(hl.hits[0]!.highlights.title.length > 0, 'the matching word is highlighted');
});

t.test('postcode gives an origin; distance sort is exactly ordered', async (t) => {
  const r = await search('postcode=1014AA&sort=distance&limit=50');
  t.ok(r.origin, 'origin from the postcode');
  t.equal(r.hits.length, 50);
  let previous = -1;
  for (const h of r.hits) {
    t.ok(h.distanceMeters !== undefined, `${h.title} has a distance`);
    t.ok(h.distanceMeters! >= previous, 'non-decreasing');
    previous = h.distanceMeters!;
    const d = distanceMeters(r.origin!, { lat: h.location!.lat!, lon: h.location!.lon! });
    t.ok(Math.abs(d - h.distanceMeters!) <= 1, 'distance is measured to the shown location');
  }
  const page2 = await search('postcode=1014AA&sort=distance&limit=50&page=2');
  t.ok(page2.hits[0]!.distanceMeters! >= previous, 'page 2 continues the order');
});

t.test('radius and bbox limit where; empty q with a location lists what is nearby', async (t) => {
  const near = await search('lat=52.3731&lon=4.8926&radius=800&limit=100');
  t.ok(near.total > 0);
  t.ok(near.hits.every((h) => h.distanceMeters! <= 800));
  const wider = await search('lat=52.3731&lon=4.8926&radius=3000&limit=1');
  t.ok(wider.total > near.total, 'a larger radius finds more');
  const box = await search('bbox=4.88,52.36,4.90,52.38&limit=100');
  t.ok(box.total > 0);
  t.ok(box.hits.every((h) => h.location!.lon! >= 4.88 && h.location!.lon! <= 4.9 && h.location!.lat! >= 52.36 && h.location!.lat! <= 52.38));
});

t.test('facet counts equal the filtered totals; filters combine with AND', async (t) => {
  const base = await search('q=koffie&limit=1');
  t.ok(base.total > 5);
  for (const [facet, param] of [['kind', 'kind'], ['deelambitie', 'deelambitie'], ['area', 'area'], ['indicatie', 'indicatie'], ['toegang', 'toegang']] as const) {
    const values = Object.entries(base.facets[facet]!).slice(0, 4);
    t.ok(values.length > 0, `facet ${facet} has values`);
    for (const [value, count] of values) {
      const filtered = await search(`q=koffie&${param}=${value}&limit=1`);
      t.equal(filtered.total, count, `${facet}=${value}`);
    }
  }
  const kindSum = Object.values(base.facets.kind!).reduce((a, b) => a + b, 0);
  t.equal(kindSum, base.total, 'every hit has one kind');

  const a = await search('kind=activiteit&limit=1');
  const b = await search('kind=activiteit&free=true&limit=1');
  const c = await search('kind=activiteit&free=true&deelambitie=ontmoeting&limit=1');
  t.ok(a.total > b.total && b.total > c.total && c.total > 0, `${a.total} > ${b.total} > ${c.total}`);
  const either = await search('kind=steun,steunpunt&limit=1');
  const steun = await search('kind=steun&limit=1');
  const steunpunt = await search('kind=steunpunt&limit=1');
  t.equal(either.total, steun.total + steunpunt.total, 'values within one filter are OR');
  const repeated = await search('kind=steun&kind=steunpunt&limit=1');
  t.equal(repeated.total, either.total, 'a repeated parameter means the same as a comma-separated one');
});

t.test('openNow and openAt filter on opening hours', async (t) => {
  // A Tuesday morning in the coming days, in Amsterdam time.
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((9 - d.getUTCDay()) % 7 || 7));
  d.setUTCHours(9, 30, 0, 0);
  const at = encodeURIComponent(d.toISOString());
  const open = await search(`openAt=${at}&limit=100`);
  t.ok(open.total > 0, `${open.total} open on Tuesday 10:30`);
  const night = new Date(d);
  night.setUTCHours(2, 0, 0, 0);
  const closed = await search(`openAt=${encodeURIComponent(night.toISOString())}&limit=1`);
  t.ok(closed.total < open.total, 'fewer are open at night');
  const far = await app.inject({ url: '/api/search?openAt=2099-01-01T10:00:00Z' });
  t.equal(far.statusCode, 400);
  t.equal(far.json().errors[0].field, 'openAt');
  t.equal((await app.inject({ url: '/api/search?openNow=true' })).statusCode, 200);
});

t.test('when all words together find nothing, fewer words are searched and said so', async (t) => {
  const r = await search('q=zwembad%20xylofoonorkest&limit=5');
  t.equal(r.relaxedQuery, 'zwembad', 'the word that finds nothing is dropped');
  t.ok(r.total > 0);
  t.same(r.suggestions, []);
  const both = await search('q=bibliotheek%20zwembad&example=false&limit=5');
  t.ok(both.total > 0, 'two words that each match but never together');
  t.ok(['bibliotheek', 'zwembad'].includes(both.relaxedQuery!), `kept the rarer word: ${both.relaxedQuery}`);
  const exact = await search('q=zwembad&limit=1');
  t.equal(exact.relaxedQuery, null, 'a query that matches as typed is not relaxed');
  const nothing = await search('q=xylofoonorkest%20qwertyuiop&limit=5');
  t.equal(nothing.total, 0);
  t.equal(nothing.relaxedQuery, null);
});

t.test('zero results with filters suggest the same words without them', async (t) => {
  const r = await search('q=zwembad&kind=steunpunt&example=false&limit=5');
  t.equal(r.total, 0);
  t.ok(r.suggestions.some((s) => s.reason === 'without-filters' && s.total > 0), JSON.stringify(r.suggestions));
  const radius = await search('q=zwembad&lat=52.08&lon=5.12&radius=500&limit=5');
  t.equal(radius.total, 0, 'no swimming pool within 500 m of Utrecht centre');
  t.ok(radius.suggestions.some((s) => s.reason === 'without-radius' && s.total > 0));
});

t.test('the index follows the store through the outbox', async (t) => {
  const created = await app.inject({
    method: 'POST',
    url: '/api/listings',
    headers: auth,
    payload: { kind: 'activiteit', title: 'Kamishibai voorleesmiddag', status: 'gepubliceerd', deelambities: ['plezier'], locations: [{ lat: 52.37, lon: 4.9 }] },
  });
  t.equal(created.statusCode, 201);
  await app.searchIndexer.drain();
  t.equal((await search('q=kamishibai')).total, 1, 'a new listing is found');
  t.equal(app.searchIndexer.pending(), 0, 'the outbox is empty after draining');

  const id = created.json().id;
  await app.inject({ method: 'PATCH', url: `/api/listings/${id}`, headers: { ...auth, 'if-match': '"1"' }, payload: { title: 'Origami voorleesmiddag' } });
  await app.searchIndexer.drain();
  t.equal((await search('q=kamishibai')).total, 0, 'the old title is gone');
  t.equal((await search('q=origami')).total, 1, 'the new title is found');

  const patchStatus = await app.inject({ method: 'PATCH', url: `/api/listings/${id}`, headers: { ...auth, 'if-match': '"2"' }, payload: { status: 'concept' } });
  t.equal(patchStatus.statusCode, 400, 'the status only changes through a transition');
  const back = await app.inject({ method: 'POST', url: `/api/listings/${id}/transitions`, headers: { ...auth, 'if-match': '"2"' }, payload: { to: 'concept' } });
  t.equal(back.statusCode, 200);
  await app.searchIndexer.drain();
  t.equal((await search('q=origami')).total, 0, 'a concept is not searchable');

  await app.inject({ method: 'DELETE', url: `/api/listings/${id}`, headers: auth });
  await app.searchIndexer.drain();
  t.equal((await search('q=origami')).total, 0, 'an archived listing is not searchable');
});

t.test('a listing with several locations shows the one nearest to the resident', async (t) => {
  const noord = { name: 'Buurthuis Noord', lat: 52.4, lon: 4.92 };
  const zuid = { name: 'Buurthuis Zuid', lat: 52.33, lon: 4.89 };
  const created = await app.inject({
    method: 'POST',
    url: '/api/listings',
    headers: auth,
    payload: { kind: 'activiteit', title: 'Tangoles op twee plekken', status: 'gepubliceerd', deelambities: ['plezier'], locations: [{ name: 'Online', online: true }, noord, zuid] },
  });
  t.equal(created.statusCode, 201, 'created');
  await app.searchIndexer.drain();
  for (const near of [noord, zuid]) {
    const r = await search(`q=tangoles&lat=${near.lat + 0.001}&lon=${near.lon}`);
    const hit = r.hits.find((h) => h.id === created.json().id)!;
    t.equal((hit.location as { name?: string }).name, near.name, `near ${near.name}: that location is shown`);
    t.ok(Math.abs(hit.distanceMeters! - distanceMeters(r.origin!, near)) <= 1, 'with its distance');
  }
  const anywhere = await search('q=tangoles');
  t.equal((anywhere.hits[0]!.location as { name?: string }).name, 'Online', 'without a location, the first one');
  await app.inject({ method: 'DELETE', url: `/api/listings/${created.json().id}`, headers: auth });
  await app.searchIndexer.drain();
});

t.test('bad input: a clear 400 or a sane answer, never a 500', async (t) => {
  const cases: [string, number][] = [
    ['radius=100000000&lat=52.37&lon=4.9', 400],
    ['radius=500', 400],
    ['sort=distance', 400],
    ['limit=10000', 400],
    ['page=0', 400],
    ['lat=52.37', 400],
    ['lat=91&lon=4.9', 400],
    ['postcode=0000XX', 400],
    ['postcode=1000', 400],
    ['bbox=1,2,3', 400],
    ['bbox=5,53,4,52', 400],
    ['kind=kasteel', 400],
    ['age=-1', 400],
    ['openNow=misschien', 400],
    ['onbekend=1', 400],
    [`q=${'a'.repeat(10_000)}`, 400],
    [`q=${encodeURIComponent('"NEAR(')}`, 200],
    [`q=${encodeURIComponent('"koffie')}`, 200],
    [`q=${encodeURIComponent('koffie AND OR NOT * ^ : - +')}`, 200],
    [`q=${encodeURIComponent('title:koffie {summary}: NEAR(a b, 3)')}`, 200],
    [`q=${encodeURIComponent('😀 ☕ ')}`, 200],
    [`q=${encodeURIComponent("' OR 1=1 --")}`, 200],
    [`q=${encodeURIComponent('woord '.repeat(80))}`, 200],
  ];
  for (const [qs, status] of cases) {
    const res = await app.inject({ url: `/api/search?${qs}` });
    t.equal(res.statusCode, status, qs.slice(0, 60));
    if (status === 400) {
      t.match(res.headers['content-type'], /problem\+json/);
      t.ok(res.json().errors?.length > 0, 'names the field');
    }
  }
});
