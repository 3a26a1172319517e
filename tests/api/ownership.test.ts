// Ownership over HTTP: lifecycle transitions, proposals through the moderation queue, claims,
// merges, duplicates, freshness links, reports and new organisations — with real policies.
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { signFreshnessToken } from '../../api/listings/freshness-link.ts';
import { auth, emptyApp, personWithToken, testConfig } from '../helpers.ts';

type Headers = Record<string, string>;

const place = { lat: 52.3731, lon: 4.8926 }; // Dam, Amsterdam

async function setup(t: Test) {
  const app = await emptyApp(t);
  const org = async (name: string, trusted = false) => {
    const res = await app.inject({ method: 'POST', url: '/api/organisations', headers: auth, payload: { name, form: 'stichting' } });
    const id = res.json().id as string;
    if (trusted) await app.inject({ method: 'PATCH', url: `/api/organisations/${id}`, headers: { ...auth, 'if-match': '"1"' }, payload: { trusted: true } });
    return id;
  };
  const orgA = await org('Buurtkamer Anker');
  const orgB = await org('Taalhuis Bloem');
  const orgT = await org('Welzijn Vertrouwd', true);
  const memberA = personWithToken(app, 'member', { organisationIds: [orgA] });
  const memberB = personWithToken(app, 'member', { organisationIds: [orgB] });
  const memberT = personWithToken(app, 'member', { organisationIds: [orgT] });
  const steward = personWithToken(app, 'steward');
  return { app, orgA, orgB, orgT, memberA, memberB, memberT, steward };
}


function client(app: FastifyInstance) {
  return {
    create: (headers: Headers, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/listings', headers, payload }),
    get: (id: string, headers: Headers = {}) => app.inject({ url: `/api/listings/${id}`, headers }),
    patch: (id: string, headers: Headers, version: number, payload: Record<string, unknown>) =>
      app.inject({ method: 'PATCH', url: `/api/listings/${id}`, headers: { ...headers, 'if-match': `"${version}"` }, payload }),
    to: (id: string, headers: Headers, to: string, extra: Record<string, unknown> = {}, version?: number) =>
      app.inject({
        method: 'POST',
        url: `/api/listings/${id}/transitions`,
        headers: version === undefined ? headers : { ...headers, 'if-match': `"${version}"` },
        payload: { to, ...extra },
      }),
    queue: (headers: Headers) => app.inject({ url: '/api/moderation/queue', headers }),
    history: (id: string, headers: Headers) => app.inject({ url: `/api/listings/${id}/history`, headers }),
  };
}

const koffie = (organisationId: string | null, extra: Record<string, unknown> = {}) => ({
  kind: 'activiteit',
  title: 'Koffie-ochtend in de buurtkamer',
  summary: 'Elke dinsdag koffie en een praatje.',
  organisationId,
  locations: [{ name: 'Buurtkamer', ...place }],
  schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00' }], closures: [] },
  ...extra,
});

t.test('every lifecycle step over HTTP; a step that does not follow is 409 and changes nothing', async (t) => {
  const { app } = await setup(t);
  const api = client(app);
  const created = await api.create(auth, koffie(null));
  t.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  t.equal(created.json().status, 'concept', 'new listings start as concept');

  const steps: [string, number, Record<string, unknown>?][] = [
    ['ter_controle', 200],
    ['concept', 400], // sending back needs a reason
    ['concept', 200, { reason: 'Voeg de openingstijden toe.' }],
    ['gepubliceerd', 200],
    ['ter_controle', 409],
    ['gearchiveerd', 200],
    ['gepubliceerd', 409],
    ['concept', 200],
    ['concept', 409],
  ];
  for (const [to, status, extra] of steps) {
    const before = (await api.get(id, auth)).json();
    const res = await api.to(id, auth, to, extra ?? {});
    t.equal(res.statusCode, status, `${before.status} → ${to}: ${status}`);
    const after = (await api.get(id, auth)).json();
    if (status === 200) {
      t.equal(after.status, to);
      t.equal(after.version, before.version + 1);
    } else {
      t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      t.equal(res.json().type, status === 409 ? 'urn:sociale-kaart:problem:conflict' : 'urn:sociale-kaart:problem:validation');
      t.equal(res.json().errors[0].field, status === 409 ? 'to' : 'reason');
      t.same(after, before, `${before.status} → ${to} rejected: nothing changed`);
    }
  }
  const stale = await api.to(id, auth, 'ter_controle', {}, 1);
  t.equal(stale.statusCode, 412, 'a step against an old version is refused');
  t.equal((await api.get(id, auth)).json().status, 'concept');

  const history = (await api.history(id, auth)).json().items as { action: string; changes: { field: string; old: unknown; new: unknown }[]; reason: string | null }[];
  t.equal(history.length, 6, 'created + five steps');
  t.same(history[0]!.changes, [{ field: 'status', old: 'gearchiveerd', new: 'concept' }], 'newest first, old → new');
  t.equal(history.find((h) => h.reason)?.reason, 'Voeg de openingstijden toe.', 'the reason is kept');
  t.equal(await app.inject({ method: 'POST', url: '/api/listings', headers: auth, payload: koffie(null, { status: 'gearchiveerd' }) }).then((r) => r.statusCode), 409);
});

t.test('an untrusted owner: concept → ter controle → a steward publishes; later edits wait for the steward', async (t) => {
  const { app, orgA, memberA, steward } = await setup(t);
  const api = client(app);
  t.equal((await api.create(memberA.headers, koffie(orgA, { status: 'gepubliceerd' }))).statusCode, 403, 'cannot publish directly');
  const created = await api.create(memberA.headers, koffie(orgA));
  t.equal(created.statusCode, 201);
  const id = created.json().id as string;
  t.same(created.json().allowedActions.includes('publish'), false, 'the editor is told it cannot publish');
  t.equal((await api.to(id, memberA.headers, 'ter_controle')).statusCode, 200);
  t.equal((await api.to(id, memberA.headers, 'gepubliceerd')).statusCode, 403, 'the owner cannot approve their own listing');
  t.equal((await api.get(id)).statusCode, 404, 'ter controle is not public');
  t.equal((await api.to(id, steward.headers, 'gepubliceerd')).statusCode, 200, 'the steward publishes');
  t.equal((await api.get(id)).statusCode, 200, 'now public');

  const before = (await api.get(id, auth)).json();
  const proposal = await api.patch(id, memberA.headers, before.version, { title: 'Koffie-ochtend met taalhulp' });
  t.equal(proposal.statusCode, 202, 'the edit becomes a proposal');
  t.equal(proposal.json().kind, 'wijziging');
  t.same(proposal.json().diff, [{ field: 'title', old: 'Koffie-ochtend in de buurtkamer', new: 'Koffie-ochtend met taalhulp' }]);
  t.same((await api.get(id, auth)).json(), before, 'the listing stays as it was until a steward decides');

  const queue = (await api.queue(steward.headers)).json();
  t.equal(queue.counts.changes, 1);
  t.same(queue.changes[0].diff, [{ field: 'title', old: 'Koffie-ochtend in de buurtkamer', new: 'Koffie-ochtend met taalhulp' }], 'the steward sees a field diff');
  t.equal((await api.queue(memberA.headers)).statusCode, 403, 'the queue is for stewards');

  const changeId = proposal.json().id as string;
  const noReason = await app.inject({ method: 'POST', url: `/api/moderation/changes/${changeId}/decline`, headers: steward.headers, payload: {} });
  t.equal(noReason.statusCode, 400);
  t.equal(noReason.json().errors[0].field, 'reason');
  const declined = await app.inject({ method: 'POST', url: `/api/moderation/changes/${changeId}/decline`, headers: steward.headers, payload: { reason: 'De titel klopt niet met het aanbod.' } });
  t.equal(declined.json().status, 'afgewezen');
  t.same((await api.get(id, auth)).json(), before, 'declined: the listing is unchanged');
  const kept = (await app.inject({ url: `/api/listings/${id}/changes`, headers: memberA.headers })).json().items;
  t.equal(kept[0].reason, 'De titel klopt niet met het aanbod.', 'the owner reads why; the proposal is kept');
  const twice = await app.inject({ method: 'POST', url: `/api/moderation/changes/${changeId}/accept`, headers: steward.headers, payload: {} });
  t.equal(twice.statusCode, 409, 'decided is decided');

  const second = await api.patch(id, memberA.headers, before.version, { summary: 'Elke dinsdag koffie, thee en een praatje.' });
  const accepted = await app.inject({ method: 'POST', url: `/api/moderation/changes/${second.json().id}/accept`, headers: steward.headers, payload: {} });
  t.equal(accepted.statusCode, 200, accepted.body);
  const after = (await api.get(id, auth)).json();
  t.equal(after.summary, 'Elke dinsdag koffie, thee en een praatje.', 'accepted: applied');
  t.equal(after.version, before.version + 1);
  const actions = (await api.history(id, memberA.headers)).json().items.map((h: { action: string; actor: { name: string } }) => `${h.action} / ${h.actor.name}`);
  t.ok(actions.includes('wijziging geaccepteerd / Test steward'), actions.join('; '));
  t.ok(actions.includes('wijziging voorgesteld / Test member'));
});

t.test('a trusted organisation publishes and edits directly; edits verify what they touch', async (t) => {
  const { app, orgA, orgT, memberA, memberT, steward } = await setup(t);
  const api = client(app);
  const created = await api.create(memberT.headers, koffie(orgT, { status: 'gepubliceerd' }));
  t.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  t.same(created.json().fieldVerifiedAt, {});
  const patched = await api.patch(id, memberT.headers, 1, { schedule: { rules: [{ days: ['WE'], opens: '14:00', closes: '16:00' }], closures: [] } });
  t.equal(patched.statusCode, 200, patched.body);
  t.ok(patched.json().fieldVerifiedAt.hours, 'changing the hours verifies them');
  t.notOk(patched.json().fieldVerifiedAt.contact, 'the contact was not touched');
  t.equal(patched.json().freshness.state, 'vers');
  const stale = await api.patch(id, memberT.headers, 1, { title: 'Een andere titel' });
  t.equal(stale.statusCode, 412, 'a write against an old version');
  t.equal((await api.get(id)).json().title, 'Koffie-ochtend in de buurtkamer', 'the stale write changed nothing');
  const none = await app.inject({ method: 'PATCH', url: `/api/listings/${id}`, headers: memberT.headers, payload: { title: 'Zonder versie' } });
  t.equal(none.statusCode, 428);
});

t.test('concept listings are invisible to the public everywhere', async (t) => {
  const { app, orgA, memberA, memberB } = await setup(t);
  const api = client(app);
  const id = (await api.create(memberA.headers, koffie(orgA, { title: 'Geheime origamiclub' }))).json().id as string;
  await app.searchIndexer.drain();
  t.equal((await api.get(id)).statusCode, 404);
  t.equal((await api.get(id, memberB.headers)).statusCode, 404, 'another organisation does not see it either');
  t.equal((await app.inject({ url: `/api/listings/${id}/hours` })).statusCode, 404);
  t.equal((await app.inject({ url: '/api/listings' })).json().total, 0);
  t.equal((await app.inject({ url: '/api/search?q=origamiclub' })).json().total, 0);
  t.equal((await app.inject({ url: '/api/listings?status=concept', headers: memberA.headers })).statusCode, 403, 'owners use Mijn aanbod');
  const mine = (await app.inject({ url: '/api/account/listings', headers: memberA.headers })).json().items;
  t.same(mine.map((l: { id: string }) => l.id), [id], 'Mijn aanbod shows the concept to its owner');
  t.equal((await app.inject({ url: '/api/account/listings', headers: memberB.headers })).json().items.length, 0);
});

t.test('"Meld een initiatief": a public submission waits ter controle; accepting publishes it', async (t) => {
  const { app, steward } = await setup(t);
  const submit = (title: string) =>
    app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { kind: 'activiteit', title, description: 'Wij wandelen elke zaterdag door het park.', postcode: '1011 AB', submitter: { name: 'Fatima', email: 'fatima@example.nl' } },
    });
  const bad = await app.inject({ method: 'POST', url: '/api/submissions', payload: { title: 'x', description: 'kort', submitter: { name: '', email: 'geen' } } });
  t.equal(bad.statusCode, 400);
  t.same(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['description', 'submitter.email', 'submitter.name', 'title']);
  const first = await submit('Wandelclub Vondelpark');
  t.equal(first.statusCode, 201, first.body);
  const second = await submit('Wandelclub Rembrandtpark');
  t.equal((await app.inject({ url: `/api/listings/${first.json().id}` })).statusCode, 404, 'not public before a check');
  const queue = (await app.inject({ url: '/api/moderation/queue', headers: steward.headers })).json();
  t.equal(queue.counts.review, 2);
  const items = queue.changes.filter((c: { kind: string }) => c.kind === 'aanmelding');
  t.equal(items.length, 2);
  t.same(items[0].submitter, { name: 'Fatima', email: 'fatima@example.nl' }, 'the steward can ask the submitter');
  const byListing = (id: string) => items.find((c: { listingId: string }) => c.listingId === id).id as string;
  await app.inject({ method: 'POST', url: `/api/moderation/changes/${byListing(first.json().id)}/accept`, headers: steward.headers, payload: {} });
  await app.inject({ method: 'POST', url: `/api/moderation/changes/${byListing(second.json().id)}/decline`, headers: steward.headers, payload: { reason: 'Bestaat al.' } });
  const published = (await app.inject({ url: `/api/listings/${first.json().id}` })).json();
  t.equal(published.status, 'gepubliceerd');
  t.equal(published.locations[0].postcode, '1011 AB');
  t.equal((await app.inject({ url: `/api/listings/${second.json().id}`, headers: auth })).json().status, 'gearchiveerd', 'declined: archived, not deleted');
  await app.searchIndexer.drain();
  t.equal((await app.inject({ url: '/api/search?q=wandelclub' })).json().total, 1, 'only the accepted one is found');
});

t.test('claiming an unowned listing, approved by a steward', async (t) => {
  const { app, orgA, orgB, memberA, steward } = await setup(t);
  const api = client(app);
  const id = (await api.create(auth, koffie(null, { status: 'gepubliceerd' }))).json().id as string;
  t.equal((await api.patch(id, memberA.headers, 1, { summary: 'Van ons' })).statusCode, 403, 'not theirs yet');
  const wrongOrg = await app.inject({ method: 'POST', url: `/api/listings/${id}/claim`, headers: memberA.headers, payload: { organisationId: orgB } });
  t.equal(wrongOrg.statusCode, 403, 'only for your own organisation');
  const claim = await app.inject({ method: 'POST', url: `/api/listings/${id}/claim`, headers: memberA.headers, payload: { organisationId: orgA, message: 'Wij organiseren dit.' } });
  t.equal(claim.statusCode, 201, claim.body);
  t.equal((await app.inject({ method: 'POST', url: `/api/listings/${id}/claim`, headers: memberA.headers, payload: { organisationId: orgA } })).statusCode, 409, 'one open claim');
  const accepted = await app.inject({ method: 'POST', url: `/api/moderation/changes/${claim.json().id}/accept`, headers: steward.headers, payload: {} });
  t.equal(accepted.statusCode, 200);
  const owned = (await api.get(id, memberA.headers)).json();
  t.equal(owned.organisationId, orgA);
  t.ok(owned.allowedActions.includes('propose'), 'the new owner can now propose edits');
});

t.test('duplicates are shown before saving; a steward merges, keeping sources and reports', async (t) => {
  const { app, steward, memberA, orgA } = await setup(t);
  const api = client(app);
  const original = (await api.create(auth, koffie(null, { status: 'gepubliceerd', sources: [{ system: 'amsterdam', id: '1' }] }))).json();
  const check = (headers: Headers, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/listings/duplicates', headers, payload });
  t.equal((await check({}, { title: 'x' })).statusCode, 401);
  const near = await check(memberA.headers, { title: 'Koffieochtend in de Buurtkamer', locations: [{ lat: place.lat + 0.0005, lon: place.lon }] });
  t.same(near.json().items.map((d: { id: string; reasons: string[] }) => [d.id, d.reasons]), [[original.id, ['naam_en_plek']]], '≈55 m away, similar name');
  const far = await check(memberA.headers, { title: 'Koffieochtend in de Buurtkamer', locations: [{ lat: place.lat + 0.01, lon: place.lon }] });
  t.same(far.json().items, [], '1.1 km away is another place');

  const duplicate = (await api.create(memberA.headers, koffie(orgA, { sources: [{ system: 'amsterdam', id: '2' }] }))).json();
  await api.to(duplicate.id, auth, 'gepubliceerd');
  await app.inject({ method: 'POST', url: `/api/listings/${duplicate.id}/reports`, payload: { message: 'Dit staat er twee keer op.' } });
  t.equal((await app.inject({ method: 'POST', url: `/api/listings/${duplicate.id}/merge`, headers: memberA.headers, payload: { into: original.id } })).statusCode, 403, 'owners cannot merge');
  const merged = await app.inject({ method: 'POST', url: `/api/listings/${duplicate.id}/merge`, headers: steward.headers, payload: { into: original.id } });
  t.equal(merged.statusCode, 200, merged.body);
  t.same(merged.json().sources.map((s: { id: string }) => s.id), ['1', '2'], 'source ids kept');
  const gone = await api.get(duplicate.id);
  t.equal(gone.statusCode, 410);
  t.match(gone.json().detail, original.id, 'the resident is told where it went');
  t.equal((await api.get(duplicate.id, auth)).json().mergedInto, original.id);
  const reports = (await app.inject({ url: `/api/listings/${original.id}/reports`, headers: steward.headers })).json().items;
  t.equal(reports.length, 1, 'reports moved along');
  const history = (await api.history(original.id, steward.headers)).json().items.map((h: { action: string }) => h.action);
  t.ok(history.includes('aangemaakt (samengevoegd)'), 'the duplicate’s history moved along');
  t.equal((await app.inject({ method: 'POST', url: `/api/listings/${original.id}/merge`, headers: steward.headers, payload: { into: original.id } })).statusCode, 409);
});

t.test('"Klopt dit nog?": a signed link confirms without login; a wrong or old link does not', async (t) => {
  const { app, orgA, memberA, memberB } = await setup(t);
  const api = client(app);
  const id = (await api.create(auth, koffie(orgA, { status: 'gepubliceerd', verifiedAt: '2024-01-01T00:00:00.000Z' }))).json().id as string;
  t.equal((await api.get(id)).json().freshness.state, 'verlopen', 'checked long ago');
  t.equal((await app.inject({ url: `/api/listings/${id}/freshness-link`, headers: memberB.headers })).statusCode, 403);
  const link = await app.inject({ url: `/api/listings/${id}/freshness-link`, headers: memberA.headers });
  t.equal(link.statusCode, 200);
  const url = new URL(link.json().url);
  t.equal(url.origin, 'http://localhost:3000', 'absolute link on the configured public URL');
  t.equal(url.pathname, `/klopt-dit-nog/${id}`);
  const token = url.searchParams.get('t')!;

  const view = await app.inject({ url: `/api/freshness/${id}?t=${encodeURIComponent(token)}` });
  t.equal(view.statusCode, 200);
  t.equal(view.json().listing.title, 'Koffie-ochtend in de buurtkamer');
  t.equal((await app.inject({ url: `/api/freshness/${id}?t=${encodeURIComponent(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))}` })).statusCode, 404, 'tampered');
  const other = (await api.create(auth, koffie(orgA, { status: 'gepubliceerd' }))).json().id as string;
  t.equal((await app.inject({ method: 'POST', url: `/api/freshness/${other}/confirm`, payload: { token } })).statusCode, 404, 'a link is for one listing');
  const old = signFreshnessToken(testConfig('.').secret, id, Date.now() - 31 * 24 * 3600_000).token;
  t.equal((await app.inject({ method: 'POST', url: `/api/freshness/${id}/confirm`, payload: { token: old } })).statusCode, 410, 'expired');

  const confirmed = await app.inject({ method: 'POST', url: `/api/freshness/${id}/confirm`, payload: { token } });
  t.equal(confirmed.statusCode, 200);
  t.equal(confirmed.json().freshness.state, 'vers');
  const last = (await api.history(id, memberA.headers)).json().items[0];
  t.equal(last.actor.name, 'Eigenaar via "Klopt dit nog?"-link');
  t.equal(last.action, 'gecontroleerd');
});

t.test('reports reach the steward’s queue and leave it when resolved', async (t) => {
  const { app, steward, memberB } = await setup(t);
  const id = (await client(app).create(auth, koffie(null, { status: 'gepubliceerd' }))).json().id as string;
  await app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, payload: { message: 'De tijden kloppen niet meer.' } });
  const queue = (await app.inject({ url: '/api/moderation/queue', headers: steward.headers })).json();
  t.equal(queue.counts.reports, 1);
  const report = queue.reports[0];
  t.equal(report.listingTitle, 'Koffie-ochtend in de buurtkamer');
  const url = `/api/listings/${id}/reports/${report.id}`;
  t.equal((await app.inject({ method: 'PATCH', url, headers: memberB.headers, payload: { status: 'afgehandeld' } })).statusCode, 403);
  const resolved = await app.inject({ method: 'PATCH', url, headers: steward.headers, payload: { status: 'afgehandeld', resolution: 'Tijden aangepast.' } });
  t.equal(resolved.statusCode, 200, resolved.body);
  t.equal(resolved.json().resolution, 'Tijden aangepast.');
  t.equal((await app.inject({ url: '/api/moderation/queue', headers: steward.headers })).json().counts.reports, 0);
});

t.test('a member’s new organisation waits for a steward; only stewards trust organisations', async (t) => {
  const { app, steward } = await setup(t);
  const member = personWithToken(app, 'member');
  const created = await app.inject({ method: 'POST', url: '/api/organisations', headers: member.headers, payload: { name: 'Repair Café Oost', form: 'informeel' } });
  t.equal(created.statusCode, 201);
  const org = created.json();
  t.equal(org.status, 'ter_controle');
  t.equal((await app.inject({ url: `/api/organisations/${org.id}` })).statusCode, 404, 'not public yet');
  t.equal((await app.inject({ url: `/api/organisations/${org.id}`, headers: member.headers })).statusCode, 200, 'its member sees it');
  t.equal((await app.inject({ method: 'PATCH', url: `/api/organisations/${org.id}`, headers: { ...member.headers, 'if-match': '"1"' }, payload: { trusted: true } })).statusCode, 403);
  t.equal((await app.inject({ url: '/api/moderation/queue', headers: steward.headers })).json().counts.organisations, 1);
  t.equal((await app.inject({ method: 'POST', url: `/api/organisations/${org.id}/approve`, headers: member.headers })).statusCode, 403);
  const approved = await app.inject({ method: 'POST', url: `/api/organisations/${org.id}/approve`, headers: steward.headers });
  t.equal(approved.json().status, 'actief');
  t.equal((await app.inject({ method: 'POST', url: `/api/organisations/${org.id}/approve`, headers: steward.headers })).statusCode, 409);
  const trusted = await app.inject({ method: 'PATCH', url: `/api/organisations/${org.id}`, headers: { ...steward.headers, 'if-match': `"${approved.json().version}"` }, payload: { trusted: true } });
  t.equal(trusted.json().trusted, true);
});

t.test('a steward’s queue holds only their themes or areas', async (t) => {
  const { app } = await setup(t);
  const api = client(app);
  await api.create(auth, koffie(null, { status: 'ter_controle', title: 'Ontmoeten', deelambities: ['ontmoeting'] }));
  await api.create(auth, koffie(null, { status: 'ter_controle', title: 'Elders', deelambities: ['plezier'] }));
  const themed = personWithToken(app, 'steward', { scope: { areas: [], themes: ['ontmoeting'] } });
  const elsewhere = personWithToken(app, 'steward', { scope: { areas: ['GM0363X'], themes: [] } });
  const all = personWithToken(app, 'steward');
  t.equal((await api.queue(all.headers)).json().counts.review, 2);
  t.same((await api.queue(themed.headers)).json().review.map((l: { title: string }) => l.title), ['Ontmoeten'], 'scoped by theme');
  t.equal((await api.queue(elsewhere.headers)).json().counts.review, 0, 'scoped by area');
});

t.test('owners are reminded by e-mail before their information expires, at most once a month', async (t) => {
  const { app, orgA, memberA } = await setup(t);
  const { sendFreshnessReminders } = await import('../../api/listings/freshness-reminders.ts');
  const { createMailer } = await import('../../api/accounts/mail.ts');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const mailer = createMailer({ smtpUrl: null, from: 'test', dataDir: mkdtempSync(join(tmpdir(), 'sk-mail-')) });
  const day = 24 * 3600_000;
  const api = client(app);
  const soon = (await api.create(auth, koffie(orgA, { status: 'gepubliceerd', title: 'Bijna verlopen', verifiedAt: new Date(Date.now() - 80 * day).toISOString() }))).json();
  await api.create(auth, koffie(orgA, { status: 'gepubliceerd', title: 'Net gecontroleerd', verifiedAt: new Date().toISOString() }));
  await api.create(auth, koffie(null, { status: 'gepubliceerd', title: 'Zonder eigenaar', verifiedAt: '2020-01-01T00:00:00.000Z' }));
  const deps = { db: app.db, listings: app.stores.listings, accounts: app.stores.accounts, audit: app.stores.audit, mailer, secret: 'test-secret-for-signed-links-0123456789', publicUrl: 'http://localhost:3000' };
  t.equal(await sendFreshnessReminders(deps), 1, 'only the listing whose hours expire within two weeks');
  const mails = mailer.outbox!();
  t.equal(mails.length, 1);
  t.equal(mails[0]!.to, memberA.user.email);
  t.match(mails[0]!.subject, 'Bijna verlopen');
  const link = /http:\/\/localhost:3000\/klopt-dit-nog\/\S+/.exec(mails[0]!.text)![0];
  const token = new URL(link).searchParams.get('t')!;
  t.equal((await app.inject({ method: 'POST', url: `/api/freshness/${soon.id}/confirm`, payload: { token } })).statusCode, 200, 'the link in the mail works');
  t.equal(await sendFreshnessReminders(deps, new Date(Date.now() + 20 * day)), 0, 'not again within a month (and it was just confirmed)');
});

t.test('public writes are limited per address (reports and submissions share the limit)', async (t) => {
  const { app } = await setup(t);
  const id = (await client(app).create(auth, koffie(null, { status: 'gepubliceerd' }))).json().id as string;
  const report = (remoteAddress: string) =>
    app.inject({ method: 'POST', url: `/api/listings/${id}/reports`, remoteAddress, payload: { message: 'De tijden kloppen niet.' } });
  for (let i = 0; i < 30; i++) await report('10.0.0.1');
  const blocked = await report('10.0.0.1');
  t.equal(blocked.statusCode, 429);
  t.ok(Number(blocked.headers['retry-after']) > 0, 'says when to try again');
  const submission = await app.inject({
    method: 'POST',
    url: '/api/submissions',
    remoteAddress: '10.0.0.1',
    payload: { title: 'Nog een', description: 'Nog een initiatief in de buurt.', submitter: { name: 'A', email: 'a@example.nl' } },
  });
  t.equal(submission.statusCode, 429);
  t.equal((await report('10.0.0.2')).statusCode, 201, 'another address is not affected');
});

t.test('history shows a field that was added or left out (no value is null, never a 500)', async (t) => {
  const { app, orgA, orgT, memberA, memberT, steward } = await setup(t);
  const api = client(app);
  const created = await api.create(memberT.headers, koffie(orgT, { status: 'gepubliceerd' }));
  const { id, version } = created.json();
  const added = await api.patch(id, memberT.headers, version, { speciaalVoor: 'Ouderen uit de wijk' });
  t.equal(added.statusCode, 200, 'a field that was not there is added');
  const res = await api.history(id, memberT.headers);
  t.equal(res.statusCode, 200, `history answers (${res.body.slice(0, 120)})`);
  t.same(res.json().items[0].changes, [{ field: 'speciaalVoor', old: null, new: 'Ouderen uit de wijk' }], 'no value before is null');

  // The same for a proposal waiting in the steward's queue.
  const untrusted = (await api.create(auth, koffie(orgA, { status: 'gepubliceerd' }))).json();
  t.equal((await api.patch(untrusted.id, memberA.headers, untrusted.version, { speciaalVoor: 'Mantelzorgers' })).statusCode, 202, 'proposed');
  const queue = await api.queue(steward.headers);
  t.equal(queue.statusCode, 200, 'the queue answers');
  t.same(queue.json().changes[0].diff, [{ field: 'speciaalVoor', old: null, new: 'Mantelzorgers' }], 'the proposal shows null as before');
});
