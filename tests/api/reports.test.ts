// "Klopt er iets niet?": residents report a problem with a listing, admins read the reports.
import t from 'tap';
import { auth, emptyApp } from '../helpers.ts';

const koffie = {
  kind: 'activiteit',
  title: 'Koffie-inloop op dinsdag',
  summary: 'Elke dinsdag koffie en een praatje.',
  locations: [{ name: 'Buurtkamer Het Anker', street: 'Wingerdweg', houseNumber: '260B', postcode: '1032 AN', lat: 52.396717, lon: 4.918713 }],
  schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00' }] },
  contact: { phone: '020 123 4567' },
  status: 'gepubliceerd',
};

type Problem = { type: string; status: number; errors?: { field: string; message: string }[] };
type App = Awaited<ReturnType<typeof emptyApp>>;

async function createListing(app: App, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/listings', payload: { ...koffie, ...overrides }, headers: auth });
  if (res.statusCode !== 201) throw new Error(`listing not created: ${res.body}`);
  return res.json().id as string;
}

t.test('a resident reports a problem without an account: 201 and stored', async (t) => {
  const app = await emptyApp(t);
  const id = await createListing(app);

  const res = await app.inject({
    method: 'POST',
    url: `/api/listings/${id}/reports`,
    payload: { message: '  De inloop is nu op woensdag.  ', email: 'buurman@example.org' },
  });
  t.equal(res.statusCode, 201);
  const { id: reportId } = res.json();
  t.match(reportId, /^[0-9a-f-]{36}$/);

  const anonymous = await app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, payload: { message: 'Het telefoonnummer werkt niet.' } });
  t.equal(anonymous.statusCode, 201, 'the e-mail address is optional');

  const list = await app.inject({ url: `/api/listings/${id}/reports`, headers: auth });
  t.equal(list.statusCode, 200);
  const items = list.json().items as { id: string; listingId: string; message: string; email: string | null; status: string; createdAt: string }[];
  t.equal(items.length, 2);
  const stored = items.find((r) => r.id === reportId);
  t.ok(stored, 'the report is stored');
  t.equal(stored?.message, 'De inloop is nu op woensdag.', 'message trimmed');
  t.equal(stored?.email, 'buurman@example.org');
  t.equal(stored?.status, 'nieuw');
  t.equal(stored?.listingId, id);
  t.match(stored?.createdAt, /^\d{4}-\d\d-\d\dT/);
  t.equal(items.find((r) => r.id !== reportId)?.email, null, 'no e-mail stored when none was given');
});

t.test('400 names the field; nothing is stored', async (t) => {
  const app = await emptyApp(t);
  const id = await createListing(app);
  const cases: [unknown, string][] = [
    [{ message: 'kort' }, 'message'],
    [{ message: 'x'.repeat(2001) }, 'message'],
    [{ message: '     ' }, 'message'],
    [{}, 'message'],
    [{ message: 'De tijden kloppen niet.', email: 'geen-adres' }, 'email'],
    [{ message: 'De tijden kloppen niet.', naam: 'Jan' }, 'naam'],
  ];
  for (const [payload, field] of cases) {
    const res = await app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, payload: payload as object });
    t.equal(res.statusCode, 400, `400 for ${JSON.stringify(payload).slice(0, 60)}`);
    t.match(res.headers['content-type'], /application\/problem\+json/);
    const problem = res.json() as Problem;
    t.ok(
      problem.errors?.some((e) => e.field === field),
      `names the field ${field}: ${JSON.stringify(problem.errors)}`,
    );
  }
  const list = await app.inject({ url: `/api/listings/${id}/reports`, headers: auth });
  t.same(list.json().items, []);
});

t.test('a very large body is refused', async (t) => {
  const app = await emptyApp(t);
  const id = await createListing(app);
  const res = await app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, payload: { message: 'x'.repeat(100_000) } });
  t.equal(res.statusCode, 413);
});

t.test('404 for unknown and concept listings, 410 for archived ones', async (t) => {
  const app = await emptyApp(t);
  const payload = { message: 'Dit adres klopt niet meer.' };

  const unknown = await app.inject({ method: 'POST', url: '/api/listings/00000000-0000-4000-8000-000000000000/reports', payload });
  t.equal(unknown.statusCode, 404);
  t.equal((unknown.json() as Problem).type, 'urn:sociale-kaart:problem:not-found');

  const concept = await createListing(app, { status: 'concept' });
  const hidden = await app.inject({ method: 'POST', url: `/api/listings/${concept}/reports`, payload });
  t.equal(hidden.statusCode, 404, 'a concept does not exist for residents');

  const archived = await createListing(app);
  const del = await app.inject({ method: 'DELETE', url: `/api/listings/${archived}`, headers: { ...auth, 'if-match': '"1"' } });
  t.equal(del.statusCode, 200);
  const gone = await app.inject({ method: 'POST', url: `/api/listings/${archived}/reports`, payload });
  t.equal(gone.statusCode, 410);

  const badId = await app.inject({ method: 'POST', url: '/api/listings/niet-een-id/reports', payload });
  t.equal(badId.statusCode, 400);
});

t.test('the admin list needs the token', async (t) => {
  const app = await emptyApp(t);
  const id = await createListing(app);
  await app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, payload: { message: 'Het is nu gratis.', email: 'a@example.org' } });

  for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }]) {
    const res = await app.inject({ url: `/api/listings/${id}/reports`, headers });
    t.equal(res.statusCode, 401);
    t.equal((res.json() as Problem).type, 'urn:sociale-kaart:problem:unauthorized');
    t.notMatch(res.body, /a@example\.org/, 'no e-mail address leaks');
  }
  const unknown = await app.inject({ url: '/api/listings/00000000-0000-4000-8000-000000000000/reports', headers: auth });
  t.equal(unknown.statusCode, 404);
});

t.test('the reports are documented in OpenAPI', async (t) => {
  const app = await emptyApp(t);
  const spec = (await app.inject({ url: '/api/openapi.json' })).json();
  const path = spec.paths['/api/listings/{id}/reports'];
  t.ok(path?.post?.requestBody, 'POST documented with its body');
  t.ok(path?.get, 'GET documented');
});
