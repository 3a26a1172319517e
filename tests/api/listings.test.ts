import t from 'tap';
import { auth, emptyApp, tempDir, testConfig, testApp } from '../helpers.ts';

const koffie = {
  kind: 'activiteit',
  title: 'Koffie-inloop op dinsdag',
  summary: 'Elke dinsdag koffie en een praatje.',
  locations: [{ name: 'Buurtkamer Het Anker', street: 'Wingerdweg', houseNumber: '260B', postcode: '1032an', lat: 52.396717, lon: 4.918713 }],
  schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00' }] },
  contact: { phone: '020 123 4567', role: 'gastvrouw' },
  deelambities: ['ontmoeting'],
  sferen: ['gemeenschappelijk'],
  themes: ['eenzaamheid'],
  status: 'gepubliceerd',
};

type Problem = { type: string; status: number; title: string; detail: string; errors?: { field: string; message: string }[] };

t.test('health and OpenAPI', async (t) => {
  const app = await emptyApp(t);
  const health = await app.inject({ url: '/api/health' });
  t.equal(health.statusCode, 200);
  t.same(health.json(), { status: 'ok' });
  const spec = await app.inject({ url: '/api/openapi.json' });
  t.equal(spec.statusCode, 200);
  const doc = spec.json();
  t.match(doc.openapi, /^3\./);
  for (const path of ['/api/listings', '/api/listings/{id}', '/api/organisations', '/api/taxonomy', '/api/areas', '/api/postcodes/{postcode}']) {
    t.ok(doc.paths[path], `OpenAPI documents ${path}`);
  }
  t.ok(doc.paths['/api/listings'].post.requestBody, 'request body schema is documented');
  const docs = await app.inject({ url: '/api/docs' });
  t.ok([200, 302].includes(docs.statusCode), 'docs UI is served');
});

t.test('writes need the admin token; nothing is written without it', async (t) => {
  const app = await emptyApp(t);
  for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: 'Basic abc' }]) {
    const res = await app.inject({ method: 'POST', url: '/api/listings', payload: koffie, headers });
    t.equal(res.statusCode, 401);
    t.match(res.headers['content-type'], /application\/problem\+json/);
    t.equal(res.json().type, 'urn:sociale-kaart:problem:unauthorized');
    t.match(res.headers['www-authenticate'], /Bearer/);
  }
  const list = await app.inject({ url: '/api/listings' });
  t.equal(list.json().total, 0);
});

t.test('create, read with ETag, Location header, normalised postcode', async (t) => {
  const app = await emptyApp(t);
  const res = await app.inject({ method: 'POST', url: '/api/listings', payload: koffie, headers: auth });
  t.equal(res.statusCode, 201);
  const created = res.json();
  t.match(created.id, /^[0-9a-f-]{36}$/);
  t.equal(res.headers.location, `/api/listings/${created.id}`);
  t.equal(res.headers.etag, '"1"');
  t.equal(created.version, 1);
  t.equal(created.locations[0].postcode, '1032 AN', 'postcode stored as 1032 AN');
  t.equal(created.kosten.type, 'onbekend', 'defaults applied: an unstated cost is unknown, not free');

  const got = await app.inject({ url: created.location ?? `/api/listings/${created.id}` });
  t.equal(got.statusCode, 200);
  t.equal(got.headers.etag, '"1"');
  t.equal(got.json().title, koffie.title);
  t.equal(got.headers['access-control-allow-origin'], '*', 'CORS open for GET');
});

t.test('validation errors name each field and change nothing', async (t) => {
  const app = await emptyApp(t);
  const bad = {
    ...koffie,
    title: 'x',
    contact: { phone: 'bel me maar' },
    locations: [{ postcode: '0123 AB', lat: 52.3 }],
    deelambities: ['ontmoeting', 'bestaat-niet'],
    foo: 1,
  };
  const res = await app.inject({ method: 'POST', url: '/api/listings', payload: bad, headers: auth });
  t.equal(res.statusCode, 400);
  t.match(res.headers['content-type'], /application\/problem\+json/);
  const problem = res.json() as Problem;
  t.equal(problem.type, 'urn:sociale-kaart:problem:validation');
  t.equal(problem.status, 400);
  const fields = problem.errors!.map((e) => e.field);
  for (const f of ['title', 'contact.phone', 'locations.0.lon', 'foo']) t.ok(fields.includes(f), `names ${f}`);
  t.ok(problem.errors!.every((e) => e.message.length > 0));

  // Reference checks run after the schema: unknown slugs and a bad postcode are named too.
  const refs = await app.inject({
    method: 'POST',
    url: '/api/listings',
    payload: { ...koffie, deelambities: ['ontmoeting', 'bestaat-niet'], locations: [{ postcode: '0123 AB' }] },
    headers: auth,
  });
  t.equal(refs.statusCode, 400);
  t.same(
    (refs.json() as Problem).errors!.map((e) => e.field).sort(),
    ['deelambities.1', 'locations.0.postcode'],
  );

  const vacature = await app.inject({ method: 'POST', url: '/api/listings', payload: { ...koffie, kind: 'vacature' }, headers: auth });
  t.equal(vacature.statusCode, 400);
  t.equal((vacature.json() as Problem).errors![0]!.field, 'vacature');

  const vog = await app.inject({
    method: 'POST',
    url: '/api/listings',
    payload: { ...koffie, kind: 'vacature', vacature: { inzetType: 'structureel', vogRequired: true } },
    headers: auth,
  });
  t.equal(vog.statusCode, 400, 'a VOG needs a reason');
  t.equal((vog.json() as Problem).errors![0]!.field, 'vacature.vogReason');

  const unknownOrg = await app.inject({
    method: 'POST',
    url: '/api/listings',
    payload: { ...koffie, organisationId: '00000000-0000-4000-8000-000000000000' },
    headers: auth,
  });
  t.equal(unknownOrg.statusCode, 400);
  t.equal((unknownOrg.json() as Problem).errors![0]!.field, 'organisationId');

  t.equal((await app.inject({ url: '/api/listings?status=concept,gepubliceerd', headers: auth })).json().total, 0);
});

t.test('malformed requests get problem+json, never a 500', async (t) => {
  const app = await emptyApp(t);
  const cases = [
    { method: 'POST' as const, url: '/api/listings', payload: '{"kind":', headers: { ...auth, 'content-type': 'application/json' }, status: 400 },
    { method: 'POST' as const, url: '/api/listings', payload: 'title=x', headers: { ...auth, 'content-type': 'text/plain' }, status: 415 },
    { method: 'POST' as const, url: '/api/listings', payload: JSON.stringify({ ...koffie, description: 'x'.repeat(600_000) }), headers: { ...auth, 'content-type': 'application/json' }, status: 413 },
    { method: 'GET' as const, url: '/api/listings/niet-een-uuid', status: 400 },
    { method: 'GET' as const, url: '/api/listings?limit=10000', status: 400 },
    { method: 'GET' as const, url: '/api/listings?kind=kasteel', status: 400 },
    { method: 'GET' as const, url: '/api/listings?onbekend=1', status: 400 },
    { method: 'GET' as const, url: '/api/bestaat-niet', status: 404 },
  ];
  for (const c of cases) {
    const res = await app.inject(c);
    t.equal(res.statusCode, c.status, `${c.method} ${c.url.slice(0, 40)} → ${c.status}`);
    t.match(res.headers['content-type'], /application\/problem\+json/);
    t.equal(res.json().status, c.status);
    t.match(res.json().type, /^urn:sociale-kaart:problem:/);
  }
});

t.test('PATCH needs If-Match: 428 without, 412 when stale, nothing lost', async (t) => {
  const app = await emptyApp(t);
  const created = (await app.inject({ method: 'POST', url: '/api/listings', payload: koffie, headers: auth })).json();
  const url = `/api/listings/${created.id}`;

  const missing = await app.inject({ method: 'PATCH', url, payload: { title: 'Nieuwe titel' }, headers: auth });
  t.equal(missing.statusCode, 428);
  t.equal(missing.json().type, 'urn:sociale-kaart:problem:precondition-required');

  const ok = await app.inject({ method: 'PATCH', url, payload: { title: 'Koffie-inloop op woensdag' }, headers: { ...auth, 'if-match': '"1"' } });
  t.equal(ok.statusCode, 200);
  t.equal(ok.json().version, 2);
  t.equal(ok.headers.etag, '"2"');
  t.equal(ok.json().summary, koffie.summary, 'fields not in the patch are kept');
  t.same(ok.json().deelambities, ['ontmoeting']);

  const stale = await app.inject({ method: 'PATCH', url, payload: { title: 'Oude versie' }, headers: { ...auth, 'if-match': '"1"' } });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().type, 'urn:sociale-kaart:problem:precondition-failed');

  const invalidMerge = await app.inject({ method: 'PATCH', url, payload: { kind: 'vacature' }, headers: { ...auth, 'if-match': '"2"' } });
  t.equal(invalidMerge.statusCode, 400, 'a patch that makes the whole invalid is refused');
  const unknownField = await app.inject({ method: 'PATCH', url, payload: { titel: 'x' }, headers: { ...auth, 'if-match': '"2"' } });
  t.equal(unknownField.statusCode, 400);
  t.equal(unknownField.json().errors[0].field, 'titel');

  const after = (await app.inject({ url })).json();
  t.equal(after.title, 'Koffie-inloop op woensdag');
  t.equal(after.kind, 'activiteit');
  t.equal(after.version, 2, 'rejected patches changed nothing');

  const noAuth = await app.inject({ method: 'PATCH', url, payload: { title: 'x y' }, headers: { 'if-match': '"2"' } });
  t.equal(noAuth.statusCode, 401);
  const notFound = await app.inject({
    method: 'PATCH',
    url: '/api/listings/00000000-0000-4000-8000-000000000000',
    payload: { title: 'x y' },
    headers: { ...auth, 'if-match': '"1"' },
  });
  t.equal(notFound.statusCode, 404);
});

t.test('DELETE archives instead of deleting', async (t) => {
  const app = await emptyApp(t);
  const created = (await app.inject({ method: 'POST', url: '/api/listings', payload: koffie, headers: auth })).json();
  const url = `/api/listings/${created.id}`;
  t.equal((await app.inject({ method: 'DELETE', url })).statusCode, 401);
  t.equal((await app.inject({ method: 'DELETE', url, headers: { ...auth, 'if-match': '"7"' } })).statusCode, 412);
  const del = await app.inject({ method: 'DELETE', url, headers: auth });
  t.equal(del.statusCode, 200);
  t.equal(del.json().status, 'gearchiveerd');

  t.equal((await app.inject({ url })).statusCode, 410, 'residents see it is gone');
  const asAdmin = await app.inject({ url, headers: auth });
  t.equal(asAdmin.statusCode, 200, 'the record is kept');
  t.equal(asAdmin.json().title, koffie.title);
  t.equal((await app.inject({ url: '/api/listings' })).json().total, 0);
  t.equal((await app.inject({ url: '/api/listings?status=gearchiveerd', headers: auth })).json().total, 1);
});

t.test('concept listings are invisible to the public', async (t) => {
  const app = await emptyApp(t);
  const concept = (await app.inject({ method: 'POST', url: '/api/listings', payload: { ...koffie, status: 'concept' }, headers: auth })).json();
  t.equal((await app.inject({ url: `/api/listings/${concept.id}` })).statusCode, 404);
  t.equal((await app.inject({ url: '/api/listings' })).json().total, 0);
  t.equal((await app.inject({ url: '/api/listings?status=concept' })).statusCode, 401);
  t.equal((await app.inject({ url: '/api/listings?status=concept', headers: auth })).json().total, 1);
});

t.test('filters combine (AND across parameters, OR within one) and paginate', async (t) => {
  const app = await emptyApp(t);
  const make = (over: object) => app.inject({ method: 'POST', url: '/api/listings', payload: { ...koffie, ...over }, headers: auth });
  await make({ title: 'A koffie', deelambities: ['ontmoeting'], themes: ['eenzaamheid'] });
  await make({ title: 'B zwemmen', deelambities: ['plezier'], themes: ['sport-en-spel'] });
  await make({ title: 'C taalcafé', deelambities: ['ontmoeting', 'ontplooiing'], themes: ['taal-en-digitaal'] });
  await make({ title: 'D hulp', kind: 'steun', deelambities: ['ondersteuning'], vraaggebieden: ['praktische-hulp'] });

  const q = async (qs: string) => (await app.inject({ url: `/api/listings?${qs}` })).json();
  t.equal((await q('deelambitie=ontmoeting')).total, 2);
  t.equal((await q('deelambitie=ontmoeting,plezier')).total, 3);
  t.equal((await q('deelambitie=ontmoeting&theme=taal-en-digitaal')).total, 1);
  t.equal((await q('kind=steun')).total, 1);
  t.equal((await q('kind=steun&deelambitie=ontmoeting')).total, 0);
  t.equal((await q('vraaggebied=praktische-hulp')).total, 1);
  t.equal((await q('sfeer=gemeenschappelijk')).total, 4);

  const page1 = await q('limit=3&page=1');
  const page2 = await q('limit=3&page=2');
  t.equal(page1.total, 4);
  t.same(page1.items.map((i: { title: string }) => i.title), ['A koffie', 'B zwemmen', 'C taalcafé']);
  t.same(page2.items.map((i: { title: string }) => i.title), ['D hulp']);
});

t.test('organisations: CRUD, no KvK needed, listings link to them', async (t) => {
  const app = await emptyApp(t);
  const res = await app.inject({ method: 'POST', url: '/api/organisations', payload: { name: 'Buurtvereniging De Linde', form: 'vereniging' }, headers: auth });
  t.equal(res.statusCode, 201);
  const org = res.json();
  t.equal(org.kvk, null);
  t.equal(res.headers.location, `/api/organisations/${org.id}`);

  const badKvk = await app.inject({ method: 'POST', url: '/api/organisations', payload: { name: 'X Y', kvk: '123' }, headers: auth });
  t.equal(badKvk.statusCode, 400);
  t.equal(badKvk.json().errors[0].field, 'kvk');
  t.equal((await app.inject({ method: 'POST', url: '/api/organisations', payload: { name: 'X Y' } })).statusCode, 401);

  const listing = (await app.inject({ method: 'POST', url: '/api/listings', payload: { ...koffie, organisationId: org.id }, headers: auth })).json();
  t.same(listing.organisation, { id: org.id, name: 'Buurtvereniging De Linde' });
  t.equal((await app.inject({ url: `/api/listings?organisation=${org.id}` })).json().total, 1);

  const url = `/api/organisations/${org.id}`;
  t.equal((await app.inject({ method: 'PATCH', url, payload: { phone: '020 765 4321' }, headers: auth })).statusCode, 428);
  const patched = await app.inject({ method: 'PATCH', url, payload: { phone: '020 765 4321' }, headers: { ...auth, 'if-match': '"1"' } });
  t.equal(patched.statusCode, 200);
  t.equal(patched.json().phone, '020 765 4321');
  t.equal(patched.json().name, 'Buurtvereniging De Linde');
  t.equal((await app.inject({ method: 'PATCH', url, payload: { name: 'Buurtvereniging Oud' }, headers: { ...auth, 'if-match': '"1"' } })).statusCode, 412);

  t.equal((await app.inject({ url: '/api/organisations?q=linde' })).json().total, 1);
  t.equal((await app.inject({ url: '/api/organisations?q=%25' })).json().total, 0, 'LIKE wildcards are literal');
  const archived = await app.inject({ method: 'DELETE', url, headers: auth });
  t.equal(archived.json().status, 'gearchiveerd');
  t.equal((await app.inject({ url: '/api/organisations' })).json().total, 0);
  t.equal((await app.inject({ url })).statusCode, 200, 'an archived organisation is still readable');
});

t.test('restart keeps data', async (t) => {
  const dir = tempDir(t);
  const first = await testApp(testConfig(dir));
  const { seedTaxonomy, seedSynonyms } = await import('../../seed/taxonomy.ts');
  const { TaxonomyTermInput } = await import('../../api/taxonomy/schemas.ts');
  first.stores.taxonomy.replace(seedTaxonomy.map((x) => TaxonomyTermInput.parse(x)), seedSynonyms);
  const created = (await first.inject({ method: 'POST', url: '/api/listings', payload: koffie, headers: auth })).json();
  await first.inject({ method: 'PATCH', url: `/api/listings/${created.id}`, payload: { summary: 'Gewijzigd.' }, headers: { ...auth, 'if-match': '"1"' } });
  await first.close();

  const second = await testApp(testConfig(dir));
  t.teardown(() => second.close());
  const got = await second.inject({ url: `/api/listings/${created.id}` });
  t.equal(got.statusCode, 200);
  t.equal(got.json().summary, 'Gewijzigd.');
  t.equal(got.json().version, 2);
  t.equal((await second.inject({ url: '/api/taxonomy' })).json().vocabularies.deelambitie.length, 5);
});
