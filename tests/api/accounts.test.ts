// Accounts over HTTP against a real SQLite file: signing in (cookie flags, no enumeration,
// fixation), throttling, password reset, invitations, API tokens, signing out.
import t, { type Test } from 'tap';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword, sha256 } from '../../api/accounts/secrets.ts';
import type { Config } from '../../api/config.ts';
import { auth, emptyApp, personWithToken, tempDir, testApp, testConfig } from '../helpers.ts';

type App = FastifyInstance;
type Res = LightMyRequestResponse;
type Problem = { type: string; title: string; status: number; detail: string; instance: string; errors?: { field: string; in: string; message: string }[] };

const password = 'een lang wachtwoord 2024';
/** One scrypt hash for every account made directly in the store (each hash costs ~50–100 ms). */
const passwordHash = await hashPassword(password);

let counter = 0;
/** An active account with `password`, straight in the store (no invitation round trip). */
function person(app: App, role: 'member' | 'steward' | 'admin' = 'member', organisationIds: string[] = []) {
  const email = `persoon-${++counter}@test.example`;
  const name = `Persoon ${counter}`;
  const user = app.stores.accounts.createActive({ email, name, passwordHash, role, organisationIds });
  return { id: user.id, email, name };
}

async function appWith(t: Test, overrides: Partial<Config> = {}) {
  const app = await testApp(testConfig(tempDir(t), overrides));
  t.teardown(() => app.close());
  return app;
}

function sessionSetCookie(res: Res): string {
  const header = res.headers['set-cookie'];
  const value = (Array.isArray(header) ? header : [header]).find((c) => typeof c === 'string' && c.startsWith('sk_session='));
  if (!value) throw new Error(`no sk_session cookie in ${JSON.stringify(header)} (${res.statusCode} ${res.body})`);
  return value;
}
const cookieValue = (res: Res) => /^sk_session=([^;]*)/.exec(sessionSetCookie(res))![1]!;
const cookie = (value: string) => ({ cookie: `sk_session=${value}` });

const signIn = (app: App, email: string, pw = password, extra: { headers?: Record<string, string>; remoteAddress?: string } = {}) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { email, password: pw }, headers: extra.headers ?? {}, remoteAddress: extra.remoteAddress ?? '127.0.0.1' });

/** Signs in over HTTP and returns the cookie value and CSRF token. */
async function session(app: App, email: string, headers: Record<string, string> = {}) {
  const res = await signIn(app, email, password, { headers });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { id: cookieValue(res), csrf: res.json().csrfToken as string };
}

/** Who GET /api/session says is signed in with this cookie value. */
async function whoIs(app: App, value: string): Promise<string | null> {
  const res = await app.inject({ url: '/api/session', headers: cookie(value) });
  return (res.json().user?.email as string | undefined) ?? null;
}

function isProblem(t: Test, res: Res, status: number, type: string): Problem {
  t.equal(res.statusCode, status, `status ${status} (${res.body.slice(0, 160)})`);
  t.match(res.headers['content-type'], /^application\/problem\+json/, 'problem+json');
  const problem = res.json() as Problem;
  t.equal(problem.type, `urn:sociale-kaart:problem:${type}`);
  t.equal(problem.status, status, 'status repeated in the body');
  return problem;
}

const fieldsOf = (res: Res) => ((res.json() as Problem).errors ?? []).map((e) => e.field);

async function outbox(app: App, to: string) {
  const res = await app.inject({ url: '/api/dev/outbox' });
  if (res.statusCode !== 200) throw new Error(`outbox: ${res.statusCode}`);
  return (res.json().items as { to: string; subject: string; text: string }[]).filter((m) => m.to === to);
}

const linkIn = (text: string, path: string) => {
  const match = new RegExp(`(\\S+${path}\\?token=([A-Za-z0-9_-]+))`).exec(text);
  if (!match) throw new Error(`no ${path} link in ${text}`);
  return { url: match[1]!, token: match[2]! };
};

const sessionRows = (app: App, userId: string) =>
  app.db.$client.prepare('select id_hash, csrf_token from sessions where user_id = ?').all(userId) as { id_hash: string; csrf_token: string }[];

// ---------------------------------------------------------------------------------------------
// Signing in

t.test('sign-in: HttpOnly, SameSite=Lax, Path=/ session cookie without Secure over http; GET /api/session', async (t) => {
  const app = await appWith(t);
  const p = person(app);

  const anonymous = await app.inject({ url: '/api/session' });
  t.equal(anonymous.statusCode, 200);
  t.same(anonymous.json(), { user: null, csrfToken: null }, 'nobody signed in: no user, no CSRF token');

  const res = await signIn(app, p.email.toUpperCase());
  t.equal(res.statusCode, 200, 'e-mail is matched case-insensitively');
  const setCookie = sessionSetCookie(res);
  const attributes = setCookie.split(';').map((a) => a.trim());
  t.match(attributes[0], /^sk_session=[A-Za-z0-9_-]{43}$/, '256-bit random value');
  t.ok(attributes.includes('HttpOnly'), 'HttpOnly');
  t.ok(attributes.includes('SameSite=Lax'), 'SameSite=Lax');
  t.ok(attributes.includes('Path=/'), 'Path=/');
  t.ok(attributes.includes(`Max-Age=${14 * 24 * 3600}`), 'lives 14 days');
  t.notOk(attributes.some((a) => /^secure$/i.test(a)), 'no Secure over plain http (the cookie would never come back)');
  const body = res.json();
  t.match(body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
  t.same(body.user, { id: p.id, email: p.email, name: p.name, role: 'member', organisations: [], scope: { areas: [], themes: [] } });

  const id = cookieValue(res);
  const me = await app.inject({ url: '/api/session', headers: cookie(id) });
  t.equal(me.statusCode, 200);
  t.equal(me.json().user.id, p.id, 'the cookie signs the person in');
  t.equal(me.json().csrfToken, body.csrfToken, 'the same CSRF token as at sign-in');

  const rows = sessionRows(app, p.id);
  t.equal(rows.length, 1);
  t.equal(rows[0]!.id_hash, sha256(id), 'only a hash of the session id is stored');
  t.notMatch(JSON.stringify(app.db.$client.prepare('select * from sessions').all()), id, 'the raw session id is nowhere in the table');

  const spoofed = await signIn(app, p.email, password, { headers: { 'x-forwarded-proto': 'https' } });
  t.notMatch(sessionSetCookie(spoofed), /;\s*Secure/i, 'X-Forwarded-Proto is ignored without TRUST_PROXY');
});

t.test('behind a trusted https proxy the cookie is Secure', async (t) => {
  const app = await appWith(t, { trustProxy: true });
  const p = person(app);
  const res = await signIn(app, p.email, password, { headers: { 'x-forwarded-proto': 'https' } });
  t.equal(res.statusCode, 200);
  const attributes = sessionSetCookie(res).split(';').map((a) => a.trim());
  t.ok(attributes.includes('Secure'), `Secure: ${attributes.join('; ')}`);
  t.ok(attributes.includes('HttpOnly'));
  t.ok(attributes.includes('SameSite=Lax'));

  const logout = await app.inject({
    method: 'DELETE',
    url: '/api/session',
    headers: { ...cookie(cookieValue(res)), 'x-csrf-token': res.json().csrfToken, 'x-forwarded-proto': 'https' },
  });
  t.equal(logout.statusCode, 204);
  t.match(sessionSetCookie(logout), /^sk_session=;.*Max-Age=0.*Secure/, 'the clearing cookie is Secure too');
});

t.test('wrong password, unknown e-mail and a disabled account give the same 401', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  const blocked = person(app);
  const disable = await app.inject({ method: 'PATCH', url: `/api/users/${blocked.id}`, headers: auth, payload: { status: 'disabled' } });
  t.equal(disable.statusCode, 200);
  t.equal(disable.json().status, 'disabled');

  const wrong = await signIn(app, p.email, 'niet het goede wachtwoord', { remoteAddress: '10.1.0.1' });
  const unknown = await signIn(app, 'niemand-hier@test.example', password, { remoteAddress: '10.1.0.2' });
  const disabled = await signIn(app, blocked.email, password, { remoteAddress: '10.1.0.3' });
  const problem = isProblem(t, wrong, 401, 'unauthorized');
  t.match(problem.detail, /e-mailadres en wachtwoord/);
  for (const [what, res] of [['unknown e-mail', unknown], ['disabled account', disabled]] as const) {
    t.equal(res.statusCode, 401, what);
    t.equal(res.body, wrong.body, `${what}: byte-for-byte the same body as a wrong password`);
    t.equal(res.headers['content-type'], wrong.headers['content-type']);
    t.equal(res.headers['www-authenticate'], wrong.headers['www-authenticate']);
    t.equal(res.headers['set-cookie'], undefined, `${what}: no cookie`);
  }
  t.equal(sessionRows(app, blocked.id).length, 0, 'no session for the disabled account');

  const bad = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'geen-adres', password: '' } });
  isProblem(t, bad, 400, 'validation');
  t.same(fieldsOf(bad).sort(), ['email', 'password']);
});

t.test('an account without a password cannot be signed into (not even with the built-in dummy password)', async (t) => {
  const app = await appWith(t);
  // Token-only accounts and invited people an admin set to active have no password hash.
  const { user } = personWithToken(app, 'admin');
  for (const guess of ['not-a-real-password-0000', 'x']) {
    const res = await signIn(app, user.email, guess);
    isProblem(t, res, 401, 'unauthorized');
    t.equal(res.headers['set-cookie'], undefined);
  }
  t.equal(sessionRows(app, user.id).length, 0);
});

t.test('session fixation: a session id brought by the client is never the session after sign-in', async (t) => {
  const app = await appWith(t);
  const p = person(app);

  const planted = 'aangeplante-sessie-0123456789abcdefghijklmnopq';
  const res = await signIn(app, p.email, password, { headers: cookie(planted) });
  t.equal(res.statusCode, 200);
  const issued = cookieValue(res);
  t.not(issued, planted, 'the server issues its own id');
  t.equal(await whoIs(app, planted), null, 'the planted value is not a session');
  t.equal(await whoIs(app, issued), p.email);

  // Signing in again (as someone else) while holding a valid session ends that session.
  const other = person(app);
  const again = await signIn(app, other.email, password, { headers: { ...cookie(issued), 'x-csrf-token': res.json().csrfToken } });
  t.equal(again.statusCode, 200);
  const second = cookieValue(again);
  t.not(second, issued);
  t.equal(await whoIs(app, issued), null, 'the earlier session id no longer works');
  t.equal(await whoIs(app, second), other.email);
  t.equal(sessionRows(app, p.id).length, 0, 'the earlier session is deleted, not just replaced in the browser');
});

t.test('signing out ends this session; signing out everywhere ends every session of the person', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  const bystander = person(app);
  const one = await session(app, p.email);
  const two = await session(app, p.email);
  const three = await session(app, p.email);
  const theirs = app.stores.accounts.createSession(bystander.id);
  t.not(one.id, two.id);

  const logout = await app.inject({ method: 'DELETE', url: '/api/session', headers: { ...cookie(one.id), 'x-csrf-token': one.csrf } });
  t.equal(logout.statusCode, 204);
  t.match(sessionSetCookie(logout), /^sk_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0$/, 'the cookie is cleared');
  t.equal(await whoIs(app, one.id), null, 'this session has ended');
  t.equal(await whoIs(app, two.id), p.email, 'other sessions stay');
  t.equal(sessionRows(app, p.id).length, 2);

  const all = await app.inject({ method: 'POST', url: '/api/session/logout-all', headers: { ...cookie(two.id), 'x-csrf-token': two.csrf } });
  t.equal(all.statusCode, 204);
  t.match(sessionSetCookie(all), /Max-Age=0/);
  t.equal(await whoIs(app, two.id), null, 'the session that asked has ended');
  t.equal(await whoIs(app, three.id), null, 'the session from the other login has ended');
  t.equal(sessionRows(app, p.id).length, 0);
  t.equal(await whoIs(app, theirs.id), bystander.email, "someone else's session is untouched");

  const anonymousAll = await app.inject({ method: 'POST', url: '/api/session/logout-all' });
  isProblem(t, anonymousAll, 401, 'unauthorized');
  const anonymousLogout = await app.inject({ method: 'DELETE', url: '/api/session' });
  t.equal(anonymousLogout.statusCode, 204, 'signing out without a session is harmless');
});

// ---------------------------------------------------------------------------------------------
// Throttling

t.test('5 failures lock the account (429 + Retry-After, even with the right password); other accounts still work', async (t) => {
  const app = await appWith(t);
  const victim = person(app);
  const other = person(app);
  for (let i = 1; i <= 5; i++) {
    const res = await signIn(app, victim.email, `fout wachtwoord ${i}`, { remoteAddress: '10.2.0.1' });
    t.equal(res.statusCode, 401, `attempt ${i}: 401`);
  }
  const locked = await signIn(app, victim.email, password, { remoteAddress: '10.2.0.1' });
  const problem = isProblem(t, locked, 429, 'too-many-requests');
  t.match(problem.detail, /minuten/);
  const retryAfter = Number(locked.headers['retry-after']);
  t.ok(Number.isInteger(retryAfter) && retryAfter > 14 * 60 && retryAfter <= 15 * 60, `Retry-After in seconds, about 15 minutes: ${locked.headers['retry-after']}`);
  t.equal(locked.headers['set-cookie'], undefined, 'no session while locked');

  const elsewhere = await signIn(app, victim.email, password, { remoteAddress: '10.2.0.2' });
  t.equal(elsewhere.statusCode, 429, 'the account lock holds from another address too');
  t.equal(sessionRows(app, victim.id).length, 0);

  const fromOtherIp = await signIn(app, other.email, password, { remoteAddress: '10.2.0.2' });
  t.equal(fromOtherIp.statusCode, 200, 'another account from another address signs in');
  const fromSameIp = await signIn(app, other.email, password, { remoteAddress: '10.2.0.1' });
  t.equal(fromSameIp.statusCode, 200, 'five failures do not lock the address');
});

t.test('parallel guesses cannot slip past the lock', async (t) => {
  const app = await appWith(t);
  const victim = person(app);
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => signIn(app, victim.email, `parallel fout ${i}`, { remoteAddress: '10.3.0.1' })),
  );
  const codes = answers.map((r) => r.statusCode);
  t.equal(codes.filter((c) => c === 401).length, 5, `only 5 guesses are checked: ${codes.join(',')}`);
  t.equal(codes.filter((c) => c === 429).length, 5);
  t.equal((await signIn(app, victim.email, password, { remoteAddress: '10.3.0.2' })).statusCode, 429, 'and the account is locked');
});

t.test('a successful sign-in clears the account counter', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  for (let i = 1; i <= 4; i++) t.equal((await signIn(app, p.email, `fout ${i}`, { remoteAddress: '10.4.0.1' })).statusCode, 401, `failure ${i}: 401`);
  t.equal((await signIn(app, p.email, password, { remoteAddress: '10.4.0.1' })).statusCode, 200, 'the right password after 4 failures');
  // Without clearing, these would be failures 5 and 6: the second would be 429.
  t.equal((await signIn(app, p.email, 'weer fout 1', { remoteAddress: '10.4.0.1' })).statusCode, 401);
  t.equal((await signIn(app, p.email, 'weer fout 2', { remoteAddress: '10.4.0.1' })).statusCode, 401, 'the counter started again');
});

t.test('30 failures from one address lock that address across accounts', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  const failures = await Promise.all(
    Array.from({ length: 30 }, (_, i) => signIn(app, `onbekend-${i}@test.example`, 'raden raden raden', { remoteAddress: '10.5.0.66' })),
  );
  t.same([...new Set(failures.map((r) => r.statusCode))], [401], '30 × 401, each account well under its own limit');
  const locked = await signIn(app, p.email, password, { remoteAddress: '10.5.0.66' });
  isProblem(t, locked, 429, 'too-many-requests');
  t.match(locked.headers['retry-after'], /^\d+$/);
  const otherIp = await signIn(app, p.email, password, { remoteAddress: '10.5.0.67' });
  t.equal(otherIp.statusCode, 200, 'the same account from another address signs in');
});

// ---------------------------------------------------------------------------------------------
// Password reset

t.test('password reset: always 202, link in the outbox, sets the password once and ends every session', async (t) => {
  const app = await appWith(t, { publicUrl: 'https://kaart.example.nl' });
  const p = person(app);
  const before = await session(app, p.email);
  const viaStore = app.stores.accounts.createSession(p.id);

  const known = await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email }, headers: { host: 'evil.example' } });
  const unknown = await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: 'onbekend@test.example' } });
  t.equal(known.statusCode, 202);
  t.equal(unknown.statusCode, 202);
  t.equal(unknown.body, known.body, 'identical answers: nobody learns whether the account exists');
  t.equal(known.body, '{}');
  t.equal(unknown.headers['content-type'], known.headers['content-type']);
  t.same(await outbox(app, 'onbekend@test.example'), [], 'nothing is sent to an unknown address');

  const mails = await outbox(app, p.email);
  t.equal(mails.length, 1, 'one mail to the account');
  const link = linkIn(mails[0]!.text, '/wachtwoord-herstellen');
  t.ok(link.url.startsWith('https://kaart.example.nl/wachtwoord-herstellen?token='), `absolute link on the public URL, not the Host header: ${link.url}`);
  const stored = app.db.$client.prepare('select id_hash, purpose, expires_at from one_time_tokens where user_id = ?').all(p.id) as { id_hash: string; purpose: string; expires_at: string }[];
  t.equal(stored.length, 1);
  t.equal(stored[0]!.id_hash, sha256(link.token), 'only the hash of the link token is stored');
  t.equal(stored[0]!.purpose, 'reset');
  const lifetime = Date.parse(stored[0]!.expires_at) - Date.now();
  t.ok(lifetime > 59 * 60_000 && lifetime <= 60 * 60_000, 'valid for one hour');

  const short = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: link.token, password: 'kort12345' } });
  isProblem(t, short, 400, 'validation');
  t.same(fieldsOf(short), ['password'], 'a password under 10 characters names `password`');

  const newPassword = 'een heel nieuw wachtwoord';
  const confirm = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: link.token, password: newPassword } });
  t.equal(confirm.statusCode, 204, 'the rejected short password did not use the link up');
  t.equal(await whoIs(app, before.id), null, 'the session from before the reset has ended');
  t.equal(await whoIs(app, viaStore.id), null, 'every session has ended');
  t.equal(sessionRows(app, p.id).length, 0);

  t.equal((await signIn(app, p.email, password)).statusCode, 401, 'the old password no longer works');
  t.equal((await signIn(app, p.email, newPassword)).statusCode, 200, 'the new one does');

  const again = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: link.token, password: 'nog een ander wachtwoord' } });
  isProblem(t, again, 400, 'validation');
  t.same(fieldsOf(again), ['token'], 'a used link names `token`');
  t.equal((await signIn(app, p.email, newPassword)).statusCode, 200, 'and changed nothing');

  const garbage = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: 'x'.repeat(43), password: 'nog een ander wachtwoord' } });
  isProblem(t, garbage, 400, 'validation');
  t.same(fieldsOf(garbage), ['token']);
});

t.test('password reset: an expired link is refused; a newer link replaces an older one', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  const first = linkIn((await outbox(app, p.email))[0]!.text, '/wachtwoord-herstellen').token;
  await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  const second = linkIn((await outbox(app, p.email))[0]!.text, '/wachtwoord-herstellen').token;
  t.not(first, second);

  const replaced = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: first, password: 'een heel nieuw wachtwoord' } });
  isProblem(t, replaced, 400, 'validation');
  t.same(fieldsOf(replaced), ['token'], 'the older link stopped working when a new one was sent');

  const expired = app.db.$client
    .prepare('update one_time_tokens set expires_at = ? where id_hash = ?')
    .run(new Date(Date.now() - 1000).toISOString(), sha256(second));
  t.equal(expired.changes, 1);
  const late = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: second, password: 'een heel nieuw wachtwoord' } });
  isProblem(t, late, 400, 'validation');
  t.same(fieldsOf(late), ['token']);
  t.equal((await signIn(app, p.email, password)).statusCode, 200, 'the password is unchanged');

  const third = await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  t.equal(third.statusCode, 202, 'a third request within 15 minutes is still answered');
  const throttled = await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  isProblem(t, throttled, 429, 'too-many-requests');
  t.match(throttled.headers['retry-after'], /^\d+$/);
  const throttledUnknown = await Promise.all(
    Array.from({ length: 4 }, () => app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: 'ook-onbekend@test.example' }, remoteAddress: '10.6.0.1' })),
  );
  t.same(throttledUnknown.map((r) => r.statusCode), [202, 202, 202, 429], 'unknown addresses are throttled the same way (no enumeration through 429)');
});

t.test('reset and invitation links are not interchangeable', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  const reset = linkIn((await outbox(app, p.email))[0]!.text, '/wachtwoord-herstellen').token;
  const invite = await app.inject({ method: 'POST', url: '/api/invitations', headers: auth, payload: { email: 'nieuw@test.example' } });
  t.equal(invite.statusCode, 201);
  const invitation = linkIn((await outbox(app, 'nieuw@test.example'))[0]!.text, '/uitnodiging').token;

  isProblem(t, await app.inject({ url: `/api/invitations/${reset}` }), 404, 'not-found');
  const resetAsInvite = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: reset, name: 'Indringer', password: 'een wachtwoord voor mij' } });
  isProblem(t, resetAsInvite, 400, 'validation');
  t.same(fieldsOf(resetAsInvite), ['token']);
  t.equal(resetAsInvite.headers['set-cookie'], undefined);
  const inviteAsReset = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: invitation, password: 'een wachtwoord voor mij' } });
  isProblem(t, inviteAsReset, 400, 'validation');
  t.same(fieldsOf(inviteAsReset), ['token']);

  // Neither misuse used the link up.
  t.equal((await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: reset, password: 'een heel nieuw wachtwoord' } })).statusCode, 204);
  t.equal((await app.inject({ url: `/api/invitations/${invitation}` })).statusCode, 200);
});

t.test('a disabled account cannot come back through a reset or invitation link', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  await app.inject({ method: 'POST', url: '/api/password-reset', payload: { email: p.email } });
  const reset = linkIn((await outbox(app, p.email))[0]!.text, '/wachtwoord-herstellen').token;
  await app.inject({ method: 'POST', url: '/api/invitations', headers: auth, payload: { email: 'vergissing@test.example' } });
  const invitation = linkIn((await outbox(app, 'vergissing@test.example'))[0]!.text, '/uitnodiging').token;
  const invited = app.stores.accounts.byEmail('vergissing@test.example')!;

  for (const id of [p.id, invited.id]) {
    const res = await app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: auth, payload: { status: 'disabled' } });
    t.equal(res.statusCode, 200);
  }
  const confirm = await app.inject({ method: 'POST', url: '/api/password-reset/confirm', payload: { token: reset, password: 'een heel nieuw wachtwoord' } });
  isProblem(t, confirm, 400, 'validation');
  t.same(fieldsOf(confirm), ['token']);
  const accept = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: invitation, name: 'Vergissing', password: 'een heel nieuw wachtwoord' } });
  isProblem(t, accept, 400, 'validation');
  t.equal(accept.headers['set-cookie'], undefined);
  t.equal((await app.inject({ url: `/api/invitations/${invitation}` })).statusCode, 404);

  t.equal(app.stores.accounts.get(p.id)!.status, 'disabled', 'still disabled');
  t.equal(app.stores.accounts.get(invited.id)!.status, 'disabled', 'still disabled');
  t.equal((await signIn(app, p.email, 'een heel nieuw wachtwoord')).statusCode, 401);
});

// ---------------------------------------------------------------------------------------------
// Invitations

t.test('invitations: admin invites a member; the link shows who and where; accepting signs in once', async (t) => {
  const app = await appWith(t, { publicUrl: 'https://kaart.example.nl' });
  const org = await app.inject({ method: 'POST', url: '/api/organisations', headers: auth, payload: { name: 'Buurthuis De Ster' } });
  t.equal(org.statusCode, 201);
  const orgId = org.json().id as string;
  t.equal(org.json().status, 'actief', 'an admin registers an organisation directly active');

  const email = 'nieuwe.collega@test.example';
  const invite = await app.inject({ method: 'POST', url: '/api/invitations', headers: { ...auth, host: 'evil.example' }, payload: { email: email.toUpperCase(), organisationId: orgId } });
  t.equal(invite.statusCode, 201);
  t.match(invite.json().id, /^[0-9a-f-]{36}$/);

  const mails = await outbox(app, email);
  t.equal(mails.length, 1, 'one invitation mail, to the normalised address');
  t.match(mails[0]!.subject, /Uitnodiging/);
  t.match(mails[0]!.text, /Buurthuis De Ster/, 'names the organisation');
  const link = linkIn(mails[0]!.text, '/uitnodiging');
  t.ok(link.url.startsWith('https://kaart.example.nl/uitnodiging?token='), `absolute link on the configured public URL: ${link.url}`);

  const info = await app.inject({ url: `/api/invitations/${link.token}` });
  t.equal(info.statusCode, 200);
  t.same(info.json(), { email, name: '', role: 'member', organisations: [{ id: orgId, name: 'Buurthuis De Ster' }] });
  t.equal((await signIn(app, email, 'welk wachtwoord dan ook')).statusCode, 401, 'an invited account cannot sign in yet');

  const short = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: link.token, name: 'Nieuwe Collega', password: 'te kort' } });
  isProblem(t, short, 400, 'validation');
  t.same(fieldsOf(short), ['password']);
  const noName = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: link.token, name: '  ', password: 'mijn eigen wachtwoord' } });
  t.same(fieldsOf(noName), ['name']);

  const accept = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: link.token, name: 'Nieuwe Collega', password: 'mijn eigen wachtwoord' } });
  t.equal(accept.statusCode, 200);
  const body = accept.json();
  t.equal(body.user.email, email);
  t.equal(body.user.name, 'Nieuwe Collega');
  t.same(body.user.organisations, [{ id: orgId, name: 'Buurthuis De Ster', trusted: false }]);
  t.match(body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
  const id = cookieValue(accept);
  t.match(sessionSetCookie(accept), /HttpOnly; SameSite=Lax/);
  t.equal(await whoIs(app, id), email, 'signed in by accepting');

  isProblem(t, await app.inject({ url: `/api/invitations/${link.token}` }), 404, 'not-found');
  const twice = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token: link.token, name: 'Overnemer', password: 'een ander wachtwoord' } });
  isProblem(t, twice, 400, 'validation');
  t.same(fieldsOf(twice), ['token']);
  t.equal(app.stores.accounts.byEmail(email)!.name, 'Nieuwe Collega', 'the second attempt changed nothing');
  t.equal((await signIn(app, email, 'mijn eigen wachtwoord')).statusCode, 200);
});

t.test('invitations: an expired link is 410 to look at and 400 to accept', async (t) => {
  const app = await appWith(t);
  await app.inject({ method: 'POST', url: '/api/invitations', headers: auth, payload: { email: 'laat@test.example' } });
  const token = linkIn((await outbox(app, 'laat@test.example'))[0]!.text, '/uitnodiging').token;
  const row = app.db.$client.prepare('select expires_at from one_time_tokens where id_hash = ?').get(sha256(token)) as { expires_at: string };
  const lifetime = Date.parse(row.expires_at) - Date.now();
  t.ok(lifetime > 7 * 24 * 3600_000 - 60_000 && lifetime <= 7 * 24 * 3600_000, 'valid for 7 days');
  app.db.$client.prepare('update one_time_tokens set expires_at = ? where id_hash = ?').run(new Date(Date.now() - 1).toISOString(), sha256(token));
  isProblem(t, await app.inject({ url: `/api/invitations/${token}` }), 410, 'gone');
  const accept = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Laat', password: 'mijn eigen wachtwoord' } });
  isProblem(t, accept, 400, 'validation');
  t.same(fieldsOf(accept), ['token']);
  t.equal(app.stores.accounts.byEmail('laat@test.example')!.status, 'invited');
});

t.test('invitations: members invite colleagues to their own organisation only; only admins give other roles', async (t) => {
  const app = await appWith(t);
  const mine = (await app.inject({ method: 'POST', url: '/api/organisations', headers: auth, payload: { name: 'Eigen Stichting' } })).json().id as string;
  const theirs = (await app.inject({ method: 'POST', url: '/api/organisations', headers: auth, payload: { name: 'Andere Vereniging' } })).json().id as string;
  const member = personWithToken(app, 'member', { organisationIds: [mine] });
  const steward = personWithToken(app, 'steward');

  const invite = (headers: Record<string, string>, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/invitations', headers, payload });

  const colleague = await invite(member.headers, { email: 'collega@test.example', organisationId: mine });
  t.equal(colleague.statusCode, 201, 'a member invites a colleague to their own organisation');
  t.equal((await outbox(app, 'collega@test.example')).length, 1);
  t.same(app.stores.accounts.get(colleague.json().id)!.organisations.map((o) => o.id), [mine]);

  const refused: [string, Record<string, string>, Record<string, unknown>][] = [
    ['member → other organisation', member.headers, { email: 'a@test.example', organisationId: theirs }],
    ['member → steward in own organisation', member.headers, { email: 'b@test.example', organisationId: mine, role: 'steward' }],
    ['member → admin in own organisation', member.headers, { email: 'c@test.example', organisationId: mine, role: 'admin' }],
    ['member → admin without organisation', member.headers, { email: 'd@test.example', role: 'admin' }],
    ['member → without organisation', member.headers, { email: 'e@test.example' }],
    ['steward → steward', steward.headers, { email: 'f@test.example', role: 'steward' }],
    ['steward → admin', steward.headers, { email: 'g@test.example', role: 'admin', organisationId: mine }],
  ];
  for (const [what, headers, payload] of refused) {
    const res = await invite(headers, payload);
    isProblem(t, res, 403, 'forbidden');
    const email = payload.email as string;
    t.equal(app.stores.accounts.byEmail(email), null, `${what}: no account made`);
    t.same(await outbox(app, email), [], `${what}: no mail sent`);
  }

  t.equal((await invite(steward.headers, { email: 'lid@test.example', organisationId: theirs })).statusCode, 201, 'a steward invites a member to any organisation');
  t.equal((await invite(auth, { email: 'steward@test.example', role: 'steward', scope: { areas: ['A'], themes: [] } })).statusCode, 201, 'an admin invites a steward');
  t.equal(app.stores.accounts.byEmail('steward@test.example')!.role, 'steward');

  const anonymous = await invite({}, { email: 'h@test.example' });
  isProblem(t, anonymous, 401, 'unauthorized');
  const unknownOrg = await invite(auth, { email: 'i@test.example', organisationId: '00000000-0000-4000-8000-000000000000' });
  isProblem(t, unknownOrg, 400, 'validation');
  t.same(fieldsOf(unknownOrg), ['organisationId']);
});

// ---------------------------------------------------------------------------------------------
// API tokens

t.test('API tokens: shown once, stored hashed, used as Bearer, listed without secrets, revoked', async (t) => {
  const app = await appWith(t);
  const p = person(app);
  const s = await session(app, p.email);
  const asMe = { ...cookie(s.id), 'x-csrf-token': s.csrf };

  const create = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: asMe, payload: { name: 'Website buurthuis', scopes: ['listings:read', 'listings:write'] } });
  t.equal(create.statusCode, 201);
  const created = create.json();
  t.match(created.token, /^skt_[A-Za-z0-9_-]{43}$/, 'skt_ + 256 random bits');
  t.equal(created.name, 'Website buurthuis');
  t.same(created.scopes, ['listings:read', 'listings:write']);
  t.equal(created.revokedAt, null);

  const rows = app.db.$client.prepare('select * from api_tokens where user_id = ?').all(p.id) as { token_hash: string }[];
  t.equal(rows.length, 1);
  t.equal(rows[0]!.token_hash, sha256(created.token), 'only the SHA-256 hash is stored');
  const table = JSON.stringify(app.db.$client.prepare('select * from api_tokens').all());
  t.notOk(table.includes(created.token.slice(4)), 'the secret is nowhere in the api_tokens table');

  const bearer = { authorization: `Bearer ${created.token}` };
  const me = await app.inject({ url: '/api/session', headers: bearer });
  t.equal(me.statusCode, 200);
  t.equal(me.json().user.id, p.id, 'the token acts as its owner');

  const list = await app.inject({ url: '/api/account/tokens', headers: cookie(s.id) });
  t.equal(list.statusCode, 200);
  t.equal(list.json().items.length, 1);
  t.same(Object.keys(list.json().items[0]).sort(), ['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'scopes']);
  t.notOk(list.body.includes(created.token.slice(4)), 'the list never shows the secret');
  t.match(list.json().items[0].lastUsedAt, /^\d{4}-/, 'last use is recorded');

  // Someone else cannot revoke it (and learns nothing: 404).
  const stranger = personWithToken(app, 'admin');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/api/account/tokens/${created.id}`, headers: stranger.headers }), 404, 'not-found');
  t.equal((await app.inject({ url: '/api/session', headers: bearer })).statusCode, 200, 'still works');

  const revoke = await app.inject({ method: 'DELETE', url: `/api/account/tokens/${created.id}`, headers: asMe });
  t.equal(revoke.statusCode, 204);
  const after = await app.inject({ url: '/api/session', headers: bearer });
  const problem = isProblem(t, after, 401, 'unauthorized');
  t.match(problem.detail, /ongeldig of ingetrokken/);
  t.match(after.headers['www-authenticate'], /^Bearer/);
  isProblem(t, await app.inject({ url: '/api/listings', headers: bearer }), 401, 'unauthorized');
  t.match((await app.inject({ url: '/api/account/tokens', headers: cookie(s.id) })).json().items[0].revokedAt, /^\d{4}-/);
  isProblem(t, await app.inject({ method: 'DELETE', url: `/api/account/tokens/${created.id}`, headers: asMe }), 404, 'not-found');

  const noScopes = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: asMe, payload: { name: 'Leeg', scopes: [] } });
  isProblem(t, noScopes, 400, 'validation');
  t.same(fieldsOf(noScopes), ['scopes']);
  const badScope = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: asMe, payload: { name: 'Alles', scopes: ['root'] } });
  isProblem(t, badScope, 400, 'validation');
});

t.test('API tokens: limited to their scopes, even for an admin', async (t) => {
  const app = await emptyApp(t);
  const readOnly = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: auth, payload: { name: 'alleen lezen', scopes: ['listings:read'] } });
  t.equal(readOnly.statusCode, 201);
  const bearer = { authorization: `Bearer ${readOnly.json().token}` };

  const listing = { kind: 'activiteit', title: 'Koffie-inloop', summary: 'Elke dinsdag koffie.', status: 'concept' };
  const create = await app.inject({ method: 'POST', url: '/api/listings', headers: bearer, payload: listing });
  isProblem(t, create, 403, 'forbidden');
  t.same(app.db.$client.prepare('select count(*) as n from listings').get(), { n: 0 }, 'nothing created');
  t.equal((await app.inject({ method: 'POST', url: '/api/listings', headers: auth, payload: listing })).statusCode, 201, 'the same admin with a full token may');

  isProblem(t, await app.inject({ url: '/api/users', headers: bearer }), 403, 'forbidden');
  const wider = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: bearer, payload: { name: 'meer', scopes: ['listings:write'] } });
  isProblem(t, wider, 403, 'forbidden');

  // Token and session management is the `accounts` scope: a leaked read-only token cannot mint a
  // sibling (surviving its own revocation), revoke the owner's other tokens or sign them out.
  const mint = await app.inject({ method: 'POST', url: '/api/account/tokens', headers: bearer, payload: { name: 'kopie', scopes: ['listings:read'] } });
  isProblem(t, mint, 403, 'forbidden');
  const adminTokenId = (await app.inject({ url: '/api/account/tokens', headers: auth })).json().items.find((i: { name: string }) => i.name === 'tests').id;
  isProblem(t, await app.inject({ method: 'DELETE', url: `/api/account/tokens/${adminTokenId}`, headers: bearer }), 403, 'forbidden');
  t.equal((await app.inject({ url: '/api/users', headers: auth })).statusCode, 200, 'the full token still works');
  const adminId = app.stores.accounts.byEmail('admin@test.example')!.id;
  const adminSession = app.stores.accounts.createSession(adminId);
  isProblem(t, await app.inject({ method: 'POST', url: '/api/session/logout-all', headers: bearer }), 403, 'forbidden');
  t.equal(await whoIs(app, adminSession.id), 'admin@test.example', "the owner's browser session survives");
  t.equal(app.stores.accounts.apiTokens(adminId).length, 2, 'no token was minted');
});

t.test('a wrong or malformed Bearer is 401, never a silent anonymous answer', async (t) => {
  const app = await appWith(t);
  const headers = [
    'Bearer garbage',
    `Bearer skt_${'A'.repeat(43)}`,
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    `Bearer skt_${'A'.repeat(43)} extra`,
  ];
  for (const authorization of headers) {
    for (const url of ['/api/session', '/api/listings', '/api/health']) {
      const res = await app.inject({ url, headers: { authorization } });
      isProblem(t, res, 401, 'unauthorized');
    }
  }
  const { user, headers: valid } = personWithToken(app, 'member');
  t.equal((await app.inject({ url: '/api/session', headers: valid })).json().user.id, user.id);
  t.equal((await app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: auth, payload: { status: 'disabled' } })).statusCode, 200);
  isProblem(t, await app.inject({ url: '/api/session', headers: valid }), 401, 'unauthorized');
});
