// Attacks over HTTP against a real SQLite file: CSRF on cookie sessions, cross-site forms,
// reaching into another organisation's listings (IDOR), stored XSS in descriptions, malformed
// input that must not become a 500, and problem+json on every error.
import t, { type Test } from 'tap';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { auth, emptyApp, personWithToken } from '../helpers.ts';

type App = FastifyInstance;
type Res = LightMyRequestResponse;
type Problem = { type: string; title: string; status: number; detail: string; instance: string; errors?: { field: string }[] };

const koffie = {
  kind: 'activiteit',
  title: 'Koffie-inloop op dinsdag',
  summary: 'Elke dinsdag koffie en een praatje.',
  locations: [{ name: 'Buurtkamer Het Anker', street: 'Wingerdweg', houseNumber: '260B', postcode: '1032 AN', lat: 52.396717, lon: 4.918713 }],
  schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00' }] },
  contact: { phone: '020 123 4567' },
};

function isProblem(t: Test, res: Res, status: number, type: string, what = ''): Problem {
  t.equal(res.statusCode, status, `${what ? `${what}: ` : ''}status ${status} (${res.body.slice(0, 160)})`);
  t.match(res.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const problem = res.json() as Problem;
  t.equal(problem.type, `urn:sociale-kaart:problem:${type}`);
  return problem;
}

async function organisation(app: App, name: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/organisations', headers: auth, payload: { name } });
  if (res.statusCode !== 201) throw new Error(`organisation: ${res.body}`);
  return res.json().id;
}

async function listing(app: App, fields: Record<string, unknown>): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/listings', headers: auth, payload: { ...koffie, ...fields } });
  if (res.statusCode !== 201) throw new Error(`listing: ${res.body}`);
  return res.json().id;
}

/** The stored listing as an admin sees it (any status). */
async function stored(app: App, id: string) {
  const res = await app.inject({ url: `/api/listings/${id}`, headers: auth });
  if (res.statusCode !== 200) throw new Error(`stored ${id}: ${res.statusCode}`);
  return res.json() as { id: string; version: number; title: string; status: string; organisationId: string | null; description: string };
}

const count = (app: App, sql: string, ...params: unknown[]) => (app.db.$client.prepare(sql).get(...params) as { n: number }).n;

// ---------------------------------------------------------------------------------------------
// CSRF

t.test('CSRF: cookie-authenticated writes need the session’s X-CSRF-Token; nothing is written without it', async (t) => {
  const app = await emptyApp(t);
  const orgId = await organisation(app, 'Stichting Het Anker');
  const member = app.stores.accounts.createActive({ email: 'lid@test.example', name: 'Lid', passwordHash: null, role: 'member', organisationIds: [orgId] });
  const session = app.stores.accounts.createSession(member.id);
  const otherSession = app.stores.accounts.createSession(member.id);
  const listingId = await listing(app, { organisationId: orgId, status: 'concept' });
  const cookie = { cookie: `sk_session=${session.id}` };

  const me = await app.inject({ url: '/api/session', headers: cookie });
  t.equal(me.json().user.id, member.id, 'reads need no token');
  t.equal(me.json().csrfToken, session.csrfToken, 'GET /api/session hands out the token');
  t.not(session.csrfToken, otherSession.csrfToken, 'every session has its own token');

  const listings = () => count(app, 'select count(*) as n from listings');
  const before = await stored(app, listingId);
  const attempts = (headers: Record<string, string>) => [
    { what: 'POST /api/listings', run: () => app.inject({ method: 'POST', url: '/api/listings', headers, payload: { ...koffie, organisationId: orgId } }) },
    { what: 'PATCH /api/listings/:id', run: () => app.inject({ method: 'PATCH', url: `/api/listings/${listingId}`, headers: { ...headers, 'if-match': '"1"' }, payload: { title: 'Gewijzigd via CSRF' } }) },
    { what: 'DELETE /api/listings/:id', run: () => app.inject({ method: 'DELETE', url: `/api/listings/${listingId}`, headers: { ...headers, 'if-match': '"1"' } }) },
    { what: 'POST /api/organisations', run: () => app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { name: 'Nepclub' } }) },
    { what: 'POST /api/account/tokens', run: () => app.inject({ method: 'POST', url: '/api/account/tokens', headers, payload: { name: 'buit', scopes: ['listings:write'] } }) },
    { what: 'POST /api/session/logout-all', run: () => app.inject({ method: 'POST', url: '/api/session/logout-all', headers }) },
    { what: 'DELETE /api/session', run: () => app.inject({ method: 'DELETE', url: '/api/session', headers }) },
  ];
  const forged: [string, Record<string, string>][] = [
    ['no token', cookie],
    ['an empty token', { ...cookie, 'x-csrf-token': '' }],
    ['a wrong token', { ...cookie, 'x-csrf-token': 'x'.repeat(session.csrfToken.length) }],
    ["another session's token", { ...cookie, 'x-csrf-token': otherSession.csrfToken }],
    ['a non-ASCII token of the right length', { ...cookie, 'x-csrf-token': 'é'.repeat(session.csrfToken.length) }],
  ];
  for (const [how, headers] of forged) {
    for (const { what, run } of attempts(headers)) {
      const res = await run();
      const problem = isProblem(t, res, 403, 'forbidden');
      t.match(problem.detail, /CSRF/, `${what} with ${how}: 403 naming CSRF`);
    }
  }
  t.equal(listings(), 1, 'no listing was created');
  t.same(await stored(app, listingId), before, 'the listing is unchanged (version, title, status)');
  t.equal(count(app, 'select count(*) as n from organisations'), 1, 'no organisation was created');
  t.equal(count(app, 'select count(*) as n from api_tokens where user_id = ?', member.id), 0, 'no API token was created');
  t.equal(count(app, 'select count(*) as n from sessions where user_id = ?', member.id), 2, 'no session was ended');

  const ok = { ...cookie, 'x-csrf-token': session.csrfToken };
  const created = await app.inject({ method: 'POST', url: '/api/listings', headers: ok, payload: { ...koffie, organisationId: orgId } });
  t.equal(created.statusCode, 201, 'with the right token: created');
  const patched = await app.inject({ method: 'PATCH', url: `/api/listings/${listingId}`, headers: { ...ok, 'if-match': '"1"' }, payload: { title: 'Koffie-inloop op woensdag' } });
  t.equal(patched.statusCode, 200);
  t.equal(patched.json().title, 'Koffie-inloop op woensdag');
  const archived = await app.inject({ method: 'DELETE', url: `/api/listings/${listingId}`, headers: { ...ok, 'if-match': '"2"' } });
  t.equal(archived.statusCode, 200);
  t.equal(archived.json().status, 'gearchiveerd');

  // Integrations use API tokens: a browser cannot attach one, so no CSRF token is needed.
  const { headers: bearer } = personWithToken(app, 'member', { organisationIds: [orgId] });
  const viaToken = await app.inject({ method: 'POST', url: '/api/listings', headers: bearer, payload: { ...koffie, organisationId: orgId } });
  t.equal(viaToken.statusCode, 201, 'API token: no CSRF token needed');
  t.equal(listings(), 3);
});

t.test('cross-site forms cannot reach the API: only JSON is accepted, and CORS allows no writes', async (t) => {
  const app = await emptyApp(t);
  const forms: [string, string][] = [
    ['application/x-www-form-urlencoded', 'email=a%40test.example&password=geheim12345'],
    ['text/plain', '{"email":"a@test.example","password":"geheim12345"}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@test.example\r\n--x--'],
  ];
  for (const url of ['/api/session', '/api/submissions', '/api/password-reset']) {
    for (const [type, payload] of forms) {
      const res = await app.inject({ method: 'POST', url, headers: { 'content-type': type, origin: 'https://evil.example' }, payload });
      isProblem(t, res, 415, 'unsupported-media-type');
    }
  }
  t.equal(count(app, 'select count(*) as n from listings'), 0, 'no submission landed');

  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/api/listings',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-csrf-token' },
  });
  t.notMatch(String(preflight.headers['access-control-allow-methods'] ?? ''), /POST|PATCH|DELETE/, 'a cross-origin write is not allowed by the preflight');
  const read = await app.inject({ url: '/api/session', headers: { origin: 'https://evil.example' } });
  t.equal(read.headers['access-control-allow-origin'], '*', 'reads are open to every origin…');
  t.equal(read.headers['access-control-allow-credentials'], undefined, '…but never with cookies');
});

t.test('malformed cookies and tokens are not a 500', async (t) => {
  const app = await emptyApp(t);
  for (const value of ['%E0%A4%A', '%', '%zz', 'é', '']) {
    const res = await app.inject({ url: '/api/session', headers: { cookie: `sk_session=${value}` } });
    t.equal(res.statusCode, 200, `cookie ${JSON.stringify(value)}: answered`);
    t.same(res.json(), { user: null, csrfToken: null }, 'as nobody');
  }
  const write = await app.inject({ method: 'POST', url: '/api/listings', headers: { cookie: 'sk_session=%E0%A4%A' }, payload: koffie });
  isProblem(t, write, 401, 'unauthorized');
});

// Fastify answers these before any route runs; `frameworkErrors` makes them problem+json too.
t.test('a malformed %-escape or an over-long id in the URL is a problem, not a 500', async (t) => {
  const app = await emptyApp(t);
  for (const url of [`/api/invitations/${'%'.repeat(30)}`, '/api/listings/%E0%A4%A']) {
    isProblem(t, await app.inject({ url }), 400, 'bad-request');
  }
  // Too long for the :id route: 414 from the router, or 404 where the built web app's catch-all
  // takes the path (it answers /api paths with a problem too).
  const long = await app.inject({ url: `/api/listings/${'a'.repeat(300)}` });
  t.ok([404, 414].includes(long.statusCode), `over-long id: ${long.statusCode}`);
  t.match(long.headers['content-type'], /^application\/problem\+json/, 'over-long id: problem+json');
});

// ---------------------------------------------------------------------------------------------
// IDOR across organisations

t.test("IDOR: a member of A cannot touch B's listings; concepts of B do not even exist for them", async (t) => {
  const app = await emptyApp(t);
  const a = await organisation(app, 'Organisatie A');
  const b = await organisation(app, 'Organisatie B');
  const { headers: memberA } = personWithToken(app, 'member', { organisationIds: [a] });
  const own = await listing(app, { organisationId: a, status: 'concept', title: 'Eigen concept van A' });
  const bPublished = await listing(app, { organisationId: b, status: 'gepubliceerd', title: 'Gepubliceerd van B' });
  const bConcept = await listing(app, { organisationId: b, status: 'concept', title: 'Geheim concept van B' });
  const before = { published: await stored(app, bPublished), concept: await stored(app, bConcept), own: await stored(app, own) };
  const history = (id: string) => count(app, "select count(*) as n from audit_log where entity_type = 'listing' and entity_id = ?", id);
  const historyBefore = { published: history(bPublished), concept: history(bConcept) };

  const asA = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, extra: Record<string, string> = {}) =>
    app.inject({ method, url, headers: { ...memberA, ...extra }, ...(payload ? { payload } : {}) });
  const attempts = (id: string) => [
    ['PATCH', () => asA('PATCH', `/api/listings/${id}`, { title: 'Overgenomen door A' }, { 'if-match': '"1"' })],
    ['DELETE', () => asA('DELETE', `/api/listings/${id}`, undefined, { 'if-match': '"1"' })],
    ['transition → gearchiveerd', () => asA('POST', `/api/listings/${id}/transitions`, { to: 'gearchiveerd' }, { 'if-match': '"1"' })],
    ['verify', () => asA('POST', `/api/listings/${id}/verify`, {})],
    ['history', () => asA('GET', `/api/listings/${id}/history`)],
    ['changes', () => asA('GET', `/api/listings/${id}/changes`)],
    ['freshness link', () => asA('GET', `/api/listings/${id}/freshness-link`)],
  ] as const;

  // Positive control: the same token may do these things with its own listing.
  const ownPatch = await asA('PATCH', `/api/listings/${own}`, { summary: 'Elke dinsdag koffie, ook in de zomer.' }, { 'if-match': '"1"' });
  t.equal(ownPatch.statusCode, 200, 'the member edits their own concept');
  t.equal((await asA('GET', `/api/listings/${own}/history`)).statusCode, 200, 'and reads its history');

  for (const [what, run] of attempts(bPublished)) isProblem(t, await run(), 403, 'forbidden', `published: ${what}`);
  for (const [what, run] of attempts(bConcept)) {
    const res = await run();
    isProblem(t, res, 404, 'not-found', `concept: ${what}`);
    t.notMatch(res.body, /Geheim concept/, `${what}: nothing about the concept leaks`);
  }
  isProblem(t, await asA('POST', `/api/listings/${bPublished}/merge`, { into: own }), 403, 'forbidden', 'merge into own');
  isProblem(t, await asA('POST', `/api/listings/${own}/merge`, { into: bPublished }), 403, 'forbidden', 'merge own into B');
  isProblem(t, await asA('GET', `/api/listings/${bPublished}/reports`), 403, 'forbidden', 'reports');
  const published = await asA('GET', `/api/listings/${bPublished}`);
  t.equal(published.statusCode, 200, "B's published listing is public");
  t.same(published.json().allowedActions, ['read'], 'and the member may only read it');

  const concept = await asA('GET', `/api/listings/${bConcept}`);
  const nowhere = await asA('GET', '/api/listings/00000000-0000-4000-8000-000000000000');
  isProblem(t, concept, 404, 'not-found');
  const { instance: _i1, ...conceptProblem } = concept.json() as Problem;
  const { instance: _i2, ...nowhereProblem } = nowhere.json() as Problem;
  t.same(conceptProblem, nowhereProblem, "B's concept looks exactly like a listing that does not exist");
  t.equal(concept.headers.etag, undefined, 'no ETag (version) leaks');

  const claim = await asA('POST', `/api/listings/${bPublished}/claim`, { organisationId: a, message: 'Van ons' });
  t.equal(claim.statusCode, 409, 'an owned listing cannot be claimed away');
  const claimForB = await asA('POST', `/api/listings/${bPublished}/claim`, { organisationId: b, message: 'Van ons' });
  isProblem(t, claimForB, 403, 'forbidden');

  const moveOwn = await asA('PATCH', `/api/listings/${own}`, { organisationId: b }, { 'if-match': '"2"' });
  isProblem(t, moveOwn, 403, 'forbidden');
  const ownAfter = await stored(app, own);
  t.equal(ownAfter.organisationId, a, 'their own listing stays with A');
  t.equal(ownAfter.version, 2, 'and was not written');

  const createForB = await asA('POST', '/api/listings', { ...koffie, organisationId: b, title: 'Namens B' });
  isProblem(t, createForB, 403, 'forbidden');
  t.equal(count(app, 'select count(*) as n from listings where organisation_id = ?', b), 2, 'nothing created for B');
  const publishForA = await asA('POST', '/api/listings', { ...koffie, organisationId: a, status: 'gepubliceerd' });
  isProblem(t, publishForA, 403, 'forbidden');

  isProblem(t, await asA('GET', `/api/listings?organisation=${b}&status=concept`), 403, 'forbidden');
  const mine = await asA('GET', '/api/account/listings');
  t.same(mine.json().items.map((l: { id: string }) => l.id), [own], "Mijn aanbod has only A's listings");

  const orgPatch = await asA('PATCH', `/api/organisations/${b}`, { name: 'Gekaapt' }, { 'if-match': '"1"' });
  isProblem(t, orgPatch, 403, 'forbidden');
  isProblem(t, await asA('GET', `/api/organisations/${b}/members`), 403, 'forbidden');
  const orgB = await app.inject({ url: `/api/organisations/${b}` });
  t.equal(orgB.json().name, 'Organisatie B');

  t.same(await stored(app, bPublished), before.published, "B's published listing is unchanged (same version)");
  t.same(await stored(app, bConcept), before.concept, "B's concept is unchanged (same version)");
  t.equal(history(bPublished), historyBefore.published, 'no history written for B');
  t.equal(history(bConcept), historyBefore.concept);
});

// A member must not learn that an id is someone else's concept: 404, like an id that does not exist.
t.test("IDOR: B's concept through the reports and merge routes", async (t) => {
  const app = await emptyApp(t);
  const a = await organisation(app, 'Organisatie A');
  const b = await organisation(app, 'Organisatie B');
  const { headers: memberA } = personWithToken(app, 'member', { organisationIds: [a] });
  const own = await listing(app, { organisationId: a, status: 'concept' });
  const bConcept = await listing(app, { organisationId: b, status: 'concept' });
  const before = await stored(app, bConcept);
  const answers = {
    'GET /api/listings/:id/reports (api/listings/reports.ts)': await app.inject({ url: `/api/listings/${bConcept}/reports`, headers: memberA }),
    'POST /api/listings/:id/merge (api/moderation/routes.ts)': await app.inject({ method: 'POST', url: `/api/listings/${bConcept}/merge`, headers: memberA, payload: { into: own } }),
  };
  for (const [route, res] of Object.entries(answers)) {
    isProblem(t, res, 404, 'not-found', `${route}: like a listing that does not exist`);
  }
  t.same(await stored(app, bConcept), before, 'nothing changed');
});

// ---------------------------------------------------------------------------------------------
// Stored XSS

const attack = [
  '<p><strong>Welkom</strong> bij <a href="https://example.org/info" target="_blank">de buurtkamer</a></p>',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<p><a href="javascript:alert(3)">klik hier</a> <a href="JaVaScRiPt:alert(4)">of hier</a> <a href="jav&#x09;ascript:alert(5)">of daar</a></p>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p onclick="alert(6)" style="color:red">Gewone tekst</p>',
  '<svg onload=alert(7)></svg>',
].join('');
const safe =
  '<p><strong>Welkom</strong> bij <a href="https://example.org/info" rel="noopener noreferrer nofollow">de buurtkamer</a></p>' +
  '<p>klik hier of hier of daar</p><p>Gewone tekst</p>';

function isSanitised(t: Test, description: string) {
  t.notMatch(description, /<script/i, 'no <script>');
  t.notMatch(description, /onerror|onclick|onload/i, 'no event handlers');
  t.notMatch(description, /javascript:/i, 'no javascript: links');
  t.notMatch(description, /<iframe|<img|<svg|style=|target=/i, 'no iframes, images, svg, styles or targets');
  t.equal(description, safe, 'the allowed markup survives, links get rel=noopener noreferrer nofollow');
}

t.test('XSS: descriptions are sanitised on create, on PATCH and through "Meld een initiatief"', async (t) => {
  const app = await emptyApp(t);
  const id = await listing(app, { status: 'gepubliceerd', description: attack });
  const read = await app.inject({ url: `/api/listings/${id}` });
  t.equal(read.statusCode, 200);
  isSanitised(t, read.json().description);
  t.notMatch(read.body, /alert\(/, 'no script payload anywhere in the answer');

  const patchId = await listing(app, { status: 'gepubliceerd', description: '<p>Eerst onschuldig.</p>' });
  const patched = await app.inject({ method: 'PATCH', url: `/api/listings/${patchId}`, headers: { ...auth, 'if-match': '"1"' }, payload: { description: attack } });
  t.equal(patched.statusCode, 200);
  isSanitised(t, patched.json().description);
  isSanitised(t, (await app.inject({ url: `/api/listings/${patchId}` })).json().description);

  const submission = await app.inject({
    method: 'POST',
    url: '/api/submissions',
    payload: { title: 'Buurtmoestuin', description: attack, submitter: { name: 'Buurvrouw', email: 'buurvrouw@example.org' } },
  });
  t.equal(submission.statusCode, 201);
  const submitted = await stored(app, submission.json().id);
  t.equal(submitted.status, 'ter_controle', 'lands ter controle');
  isSanitised(t, submitted.description);
  const raw = app.db.$client.prepare('select description from listings where id = ?').get(submission.json().id) as { description: string };
  t.equal(raw.description, safe, 'stored sanitised, not only sanitised on the way out');

  await app.searchIndexer.drain();
  const search = await app.inject({ url: '/api/search?q=buurtkamer' });
  t.equal(search.statusCode, 200);
  t.ok(search.json().hits.some((h: { id: string }) => h.id === id), 'the listing is found by a word from its description');
  t.notMatch(search.body, /<script|onerror|javascript:|alert\(/i, 'nothing dangerous in search answers either');
});

// ---------------------------------------------------------------------------------------------
// problem+json everywhere

t.test('every error is application/problem+json with a urn:sociale-kaart:problem type', async (t) => {
  const app = await emptyApp(t);
  const orgB = await organisation(app, 'Organisatie B');
  const { headers: member } = personWithToken(app, 'member');
  const published = await listing(app, { status: 'gepubliceerd' });
  const archived = await listing(app, { status: 'gepubliceerd' });
  t.equal((await app.inject({ method: 'DELETE', url: `/api/listings/${archived}`, headers: { ...auth, 'if-match': '"1"' } })).statusCode, 200);

  type Case = [string, { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; headers?: Record<string, string>; payload?: string | object }, number, string];
  const cases: Case[] = [
    ['unknown route', { url: '/api/bestaat-niet' }, 404, 'not-found'],
    ['unknown listing', { url: '/api/listings/00000000-0000-4000-8000-000000000000' }, 404, 'not-found'],
    ['bad id', { url: '/api/listings/niet-een-id' }, 400, 'validation'],
    ['invalid body', { method: 'POST', url: '/api/listings', headers: auth, payload: { kind: 'activiteit' } }, 400, 'validation'],
    ['invalid JSON', { method: 'POST', url: '/api/session', headers: { 'content-type': 'application/json' }, payload: '{"email":' }, 400, 'bad-request'],
    ['not signed in', { method: 'POST', url: '/api/listings', payload: koffie }, 401, 'unauthorized'],
    ['wrong password', { method: 'POST', url: '/api/session', payload: { email: 'niemand@test.example', password: 'geen idee' } }, 401, 'unauthorized'],
    ['not allowed', { method: 'POST', url: '/api/listings', headers: member, payload: { ...koffie, organisationId: orgB } }, 403, 'forbidden'],
    ['not a step', { method: 'POST', url: `/api/listings/${published}/transitions`, headers: { ...auth, 'if-match': '"1"' }, payload: { to: 'ter_controle' } }, 409, 'conflict'],
    ['archived', { url: `/api/listings/${archived}` }, 410, 'gone'],
    ['stale version', { method: 'PATCH', url: `/api/listings/${published}`, headers: { ...auth, 'if-match': '"7"' }, payload: { title: 'Nieuw' } }, 412, 'precondition-failed'],
    ['too large', { method: 'POST', url: '/api/session', payload: { email: 'a@test.example', password: 'x'.repeat(10_000) } }, 413, 'payload-too-large'],
    ['not JSON', { method: 'POST', url: '/api/listings', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hallo' }, 415, 'unsupported-media-type'],
    ['no If-Match', { method: 'PATCH', url: `/api/listings/${published}`, headers: auth, payload: { title: 'Nieuw' } }, 428, 'precondition-required'],
    ['garbage Bearer', { url: '/api/listings?page=1', headers: { authorization: 'Bearer kapot' } }, 401, 'unauthorized'],
  ];
  for (const [what, request, status, type] of cases) {
    const res = await app.inject({ method: request.method ?? 'GET', url: request.url, headers: request.headers ?? {}, ...(request.payload !== undefined ? { payload: request.payload } : {}) });
    t.equal(res.statusCode, status, `${what}: ${status} (${res.body.slice(0, 120)})`);
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${what}: problem+json`);
    const problem = res.json() as Problem;
    t.equal(problem.type, `urn:sociale-kaart:problem:${type}`, `${what}: type`);
    t.equal(problem.status, status, `${what}: status in the body`);
    t.ok(problem.title.length > 0 && problem.detail.length > 0, `${what}: title and detail`);
    t.equal(problem.instance, request.url, `${what}: instance is the request path`);
  }

  const resets = [];
  for (let i = 0; i < 4; i++) resets.push(await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: 'iemand@test.example' } }));
  const throttled = resets[3]!;
  isProblem(t, throttled, 429, 'too-many-requests');
  t.match(throttled.headers['retry-after'], /^\d+$/, '429 says when to retry, in seconds');
});
