// The product as a newcomer starts it: an empty data directory, the demo gemeente loaded.
import t from 'tap';
import { listingKinds } from '../../api/listings/schemas.ts';
import { auth, tempDir, testConfig, testApp } from '../helpers.ts';

const dir = tempDir(t);
const app = await testApp(testConfig(dir, { loadDemo: true }));
t.teardown(() => app.close());

const get = async (url: string) => {
  const res = await app.inject({ url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
};

t.test('serves at least 500 published listings of all six kinds and all five deelambities', async (t) => {
  const all = await get('/api/listings?limit=1');
  t.ok(all.total >= 500, `${all.total} listings`);
  for (const kind of listingKinds) t.ok((await get(`/api/listings?kind=${kind}&limit=1`)).total > 0, `kind ${kind}`);
  const taxonomy = await get('/api/taxonomy');
  t.equal(taxonomy.gemeente.code, 'GM0363');
  t.equal(taxonomy.gemeente.name, 'Amsterdam');
  t.equal(taxonomy.vocabularies.deelambitie.length, 5);
  for (const { slug } of taxonomy.vocabularies.deelambitie) t.ok((await get(`/api/listings?deelambitie=${slug}&limit=1`)).total > 0, `deelambitie ${slug}`);
  for (const { slug } of taxonomy.vocabularies.sfeer) t.ok((await get(`/api/listings?sfeer=${slug}&limit=1`)).total > 0, `sfeer ${slug}`);
  t.equal(taxonomy.vocabularies.vraaggebied.length, 8);
  for (const { slug } of taxonomy.vocabularies.vraaggebied) t.ok((await get(`/api/listings?vraaggebied=${slug}&limit=1`)).total > 0, `vraaggebied ${slug}`);
  t.ok(taxonomy.synonyms.some((g: string[]) => g.includes('bieb') && g.includes('bibliotheek')));
});

t.test('real places keep their source and attribution; examples are marked', async (t) => {
  const real = await get('/api/listings?example=false&limit=200');
  t.ok(real.total >= 450, `${real.total} real places`);
  t.ok(real.items.every((l: { attribution: string }) => l.attribution === 'Bron: Gemeente Amsterdam'));
  t.ok(real.items.every((l: { sources: { system: string }[] }) => l.sources.every((s) => s.system === 'amsterdam-mvzn')));
  t.ok(real.items.every((l: { kind: string }) => l.kind === 'plek' || l.kind === 'steunpunt'));

  // 562 rows, grouped into facilities: every source id is kept exactly once.
  let sourceIds = 0;
  for (let page = 1; page <= Math.ceil(real.total / 200); page++) {
    const items = (await get(`/api/listings?example=false&limit=200&page=${page}`)).items;
    sourceIds += items.reduce((n: number, l: { sources: unknown[] }) => n + l.sources.length, 0);
  }
  t.equal(sourceIds, 562, 'every row of the source file is loaded');

  const examples = await get('/api/listings?example=true&limit=1');
  t.ok(examples.total >= 230, `${examples.total} example listings`);
  t.ok(examples.items.every((l: { isExample: boolean }) => l.isExample));
  for (const [kind, min] of [['activiteit', 150], ['steun', 30], ['vacature', 40], ['regeling', 10]] as const) {
    t.ok((await get(`/api/listings?example=true&kind=${kind}&limit=1`)).total >= min, `at least ${min} ${kind}`);
  }
});

t.test('damaged source rows are loaded with their problem flagged, not corrected', async (t) => {
  const real = [];
  for (let page = 1; page <= 3; page++) real.push(...(await get(`/api/listings?example=false&limit=200&page=${page}`)).items);
  const flagged = real.filter((l: { dataIssues: string[] }) => l.dataIssues.length > 0);
  t.ok(flagged.length >= 20, `${flagged.length} flagged listings`);
  const excel = real.find((l: { sources: { id: string }[] }) => l.sources.some((s) => s.id === 'MV1152-1'));
  t.ok(excel.dataIssues.includes('huisnummer_excel_date'));
  t.equal(excel.locations[0].houseNumber, undefined, 'a date serial is not shown as a house number');
  const encoding = real.find((l: { sources: { id: string }[] }) => l.sources.some((s) => s.id === 'MV1235-1'));
  t.ok(encoding.dataIssues.includes('encoding_?'));
  t.equal(encoding.locations[0].street, 'August Alleb?plein', 'the damaged text is kept as it is');
});

t.test('areas: stadsdelen and buurten with CBS codes; listings carry them', async (t) => {
  const stadsdelen = (await get('/api/areas?level=stadsdeel')).items;
  t.ok(stadsdelen.some((a: { name: string; code: string }) => a.name === 'Centrum' && a.code === 'WK036300'));
  t.ok(stadsdelen.some((a: { name: string }) => a.name === 'Weesp'));
  const buurten = (await get('/api/areas?level=buurt')).items;
  t.ok(buurten.length > 50);
  t.ok(buurten.every((b: { parent: string }) => stadsdelen.some((s: { code: string }) => s.code === b.parent)));

  const centrum = await get('/api/listings?area=WK036300&limit=200');
  t.ok(centrum.total > 10, `${centrum.total} listings in Centrum`);
  const noord = await get('/api/listings?area=WK036306&limit=1');
  t.ok(noord.total > 10);
  const both = await get('/api/listings?area=WK036300,WK036306&limit=1');
  t.equal(both.total, centrum.total + noord.total, 'an area filter with two stadsdelen is their union');
  t.ok(centrum.items.every((l: { locations: { areaCodes: string[] }[] }) => l.locations.some((loc) => loc.areaCodes.includes('WK036300'))));

  const geojson = await app.inject({ url: '/api/areas/geojson?level=stadsdeel' });
  t.equal(geojson.statusCode, 200);
  t.match(geojson.headers['content-type'], /application\/geo\+json/);
  t.equal(geojson.json().features.length, stadsdelen.length);
});

t.test('postcodes: offline PC4 lookup with the area', async (t) => {
  for (const input of ['1014 AA', '1014aa', '1014']) {
    const res = await app.inject({ url: `/api/postcodes/${encodeURIComponent(input)}` });
    t.equal(res.statusCode, 200, input);
    const body = res.json();
    t.equal(body.postcode, input === '1014' ? '1014' : '1014 AA');
    t.ok(Math.abs(body.lat - 52.39) < 0.03 && Math.abs(body.lon - 4.86) < 0.05, 'near Westerpark');
    t.equal(body.areas[0].code, 'GM0363');
    t.equal(body.areas[1].name, 'West');
    t.equal(body.area.level, 'buurt');
  }
  const utrecht = (await app.inject({ url: '/api/postcodes/3511' })).json();
  t.equal(utrecht.area, null, 'a postcode outside the gemeente has no area');
  t.same(utrecht.areas, []);

  for (const bad of ['abc', '0123 AB', '1234 SS', '12345']) {
    const res = await app.inject({ url: `/api/postcodes/${encodeURIComponent(bad)}` });
    t.equal(res.statusCode, 400, bad);
    t.equal(res.json().errors[0].field, 'postcode');
  }
  const unknown = await app.inject({ url: '/api/postcodes/1000' });
  t.equal(unknown.statusCode, 404);
});

t.test('a new listing at a real address gets its areas from its coordinates', async (t) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/listings',
    headers: auth,
    payload: {
      kind: 'activiteit',
      title: 'Taalcafé op de Dam',
      locations: [{ name: 'Dam', lat: 52.3731, lon: 4.8926 }],
      deelambities: ['ontmoeting'],
      status: 'gepubliceerd',
    },
  });
  t.equal(res.statusCode, 201);
  const codes = res.json().locations[0].areaCodes;
  t.equal(codes[0], 'GM0363');
  t.equal(codes[1], 'WK036300');
  t.equal(codes.length, 3, 'gemeente, stadsdeel and buurt');
});

t.test('a second start does not load the demo again', async (t) => {
  const before = (await get('/api/listings?limit=1')).total;
  const again = await testApp(testConfig(dir, { loadDemo: true }));
  const after = (await again.inject({ url: '/api/listings?limit=1' })).json().total;
  await again.close();
  t.equal(after, before);
});
