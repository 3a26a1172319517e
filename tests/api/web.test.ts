// The web app as the server delivers it: deep links, security headers, config, opening hours.
import t from 'tap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { webDist } from '../../api/web/routes.ts';
import { auth, tempDir, testConfig, testApp } from '../helpers.ts';

const app = await testApp(testConfig(tempDir(t), { loadDemo: true }));
t.teardown(() => app.close());

t.test('GET /api/config tells the app about the gemeente and the map', async (t) => {
  const res = await app.inject({ url: '/api/config' });
  t.equal(res.statusCode, 200);
  const c = res.json();
  t.same(c.gemeente, { code: 'GM0363', name: 'Amsterdam' });
  t.equal(c.map.tileUrl, null, 'no tiles configured: the app draws outlines');
  t.equal(c.map.tileAttribution, 'CBS / Kadaster');
  t.ok(c.map.bounds[0] < c.map.center.lon && c.map.center.lon < c.map.bounds[2]);
  t.ok(c.attributions.includes('Bron: Gemeente Amsterdam'));
});

t.test('GET /api/listings/:id/hours: open now and the next openings', async (t) => {
  const created = await app.inject({
    method: 'POST',
    url: '/api/listings',
    headers: auth,
    payload: {
      kind: 'activiteit',
      title: 'Elke dag open',
      status: 'gepubliceerd',
      schedule: { rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opens: '00:00', closes: '24:00' }], closedOnHolidays: false },
    },
  });
  const id = created.json().id;
  const res = await app.inject({ url: `/api/listings/${id}/hours` });
  t.equal(res.statusCode, 200);
  t.equal(res.json().openingState.state, 'open');
  t.ok(res.json().upcoming.length > 0);
  const concept = await app.inject({ method: 'POST', url: '/api/listings', headers: auth, payload: { kind: 'plek', title: 'Concept', status: 'concept' } });
  t.equal((await app.inject({ url: `/api/listings/${concept.json().id}/hours` })).statusCode, 404);
});

t.test('the built app is served for pages, with a strict CSP; the API keeps its own 404', { skip: !existsSync(join(webDist, 'index.html')) && 'web/dist not built (npm run build)' }, async (t) => {
  for (const url of ['/', '/zoeken?q=koffie', '/aanbod/00000000-0000-4000-8000-000000000000', '/bewaard']) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200, url);
    t.match(res.headers['content-type'], /text\/html/);
    t.match(res.body, /<div id="root">/);
    t.match(res.headers['content-security-policy'], /default-src 'self'/);
    t.notMatch(res.headers['content-security-policy'], /https?:/, 'no other origin allowed without tiles');
  }
  const api404 = await app.inject({ url: '/api/bestaat-niet' });
  t.equal(api404.statusCode, 404);
  t.match(api404.headers['content-type'], /problem\+json/);
  const traversal = await app.inject({ url: '/../package.json' });
  t.notMatch(traversal.body, /"name": "sociale-kaart"/, 'no files outside web/dist');
});
