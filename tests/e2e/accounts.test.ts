// Accounts and the public side of ownership in real Chromium against the real server: "Klopt dit
// nog?" without login, password reset through the development outbox, signing in (without telling
// who has an account), returning after sign-in, invitations, API tokens and "Meld een initiatief".
import type { Page } from 'playwright-core';
import t from 'tap';
import {
  apiSignIn,
  asPerson,
  createPerson,
  desktop,
  e2eSuite,
  expectFailedResponses,
  phone,
  screenshot,
  type E2E,
  type Person,
} from './harness.ts';

t.setTimeout(240_000);
const { env, browserTest } = await e2eSuite(t);

type Freshness = { state: 'vers' | 'verlopen' | 'onbekend' };
type ListingJson = { id: string; title: string; status: string; freshness: Freshness; schedule: { rules: unknown[] } };

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const header = (page: Page) => page.getByRole('banner');

async function listing({ product }: E2E, id: string): Promise<ListingJson> {
  const res = await product.app.inject({ url: `/api/listings/${id}` });
  if (res.statusCode !== 200) throw new Error(`GET /api/listings/${id}: ${res.statusCode} ${res.body}`);
  return res.json() as ListingJson;
}

/** A published listing whose information is not fresh (so confirming it changes something), with opening hours if any has them. */
async function notFreshListing(env: E2E): Promise<ListingJson> {
  const res = await env.product.app.inject({ url: '/api/listings?limit=200' });
  const candidates = (res.json() as { items: ListingJson[] }).items.filter((l) => l.status === 'gepubliceerd' && l.freshness?.state !== 'vers');
  const found = candidates.find((l) => l.schedule.rules.length > 0) ?? candidates[0];
  if (!found) throw new Error('every demo listing is fresh: nothing to confirm');
  return found;
}

/** The path and query of an absolute link the server made (its origin is the configured public URL). */
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** Labels of required fields end in "(verplicht)". */
const newPasswordField = (page: Page) => page.getByLabel(/^Nieuw wachtwoord/);

async function signInWithForm(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

browserTest('"Klopt dit nog?": the link from the owner confirms without signing in', async (t, env, open) => {
  const admin = await createPerson(env.product, { role: 'admin' });
  const session = await apiSignIn(env.product, admin);
  const target = await notFreshListing(env);
  t.not(target.freshness.state, 'vers', `before: "${target.title}" is ${target.freshness.state}`);

  const link = await asPerson<{ url: string }>(env.product, session, 'GET', `/api/listings/${target.id}/freshness-link`);
  t.equal(link.status, 200, 'the owner/steward gets a signed link');
  t.match(pathOf(link.body.url), new RegExp(`^/klopt-dit-nog/${target.id}\\?t=`), 'the link is /klopt-dit-nog/:id?t=…');

  // A fresh browser context: no cookie, nobody signed in.
  const { page, context } = await open(phone);
  await page.goto(`${env.product.url}${pathOf(link.body.url)}`);
  await h1(page).filter({ hasText: 'Klopt dit nog?' }).waitFor();
  t.equal((await context.cookies()).filter((c) => c.name === 'sk_session').length, 0, 'no session cookie: not signed in');
  await page.getByRole('heading', { level: 2, name: target.title }).waitFor();
  t.pass('the listing title is shown');
  t.ok(await page.getByRole('heading', { name: 'Wanneer' }).isVisible(), 'the opening hours are shown');
  if (target.schedule.rules.length > 0) {
    const hours = await page.locator('.sk-check__rules').innerText();
    t.match(hours, /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag).*\d\d:\d\d – \d\d:\d\d/, `the opening hours in words: "${hours.split('\n')[0]}"`);
  }
  t.ok(await page.getByRole('heading', { name: 'Contact' }).isVisible(), 'the contact details are shown');
  const change = page.getByRole('link', { name: 'Nee, ik wil iets wijzigen' });
  t.equal(await change.getAttribute('href'), `/inloggen?terug=${encodeURIComponent(`/mijn-aanbod/${target.id}`)}`, '"Nee" leads to signing in, then to the listing in Mijn aanbod');
  await screenshot(page, 'phone-klopt-dit-nog');

  await page.getByRole('button', { name: 'Ja, dit klopt nog' }).click();
  await h1(page).filter({ hasText: 'Bedankt!' }).waitFor();
  t.pass('a thank-you after confirming');
  t.equal((await listing(env, target.id)).freshness.state, 'vers', 'the API now says the listing is fresh (vers)');
});

browserTest('"Klopt dit nog?": a wrong link is explained, with the way to sign in', async (t, env, open) => {
  const target = await notFreshListing(env);
  const tab = await open(desktop);
  await tab.page.goto(`${env.product.url}/klopt-dit-nog/${target.id}?t=${'x'.repeat(40)}`);
  await h1(tab.page).filter({ hasText: 'Deze link werkt niet meer' }).waitFor();
  t.pass('a wrong token: "Deze link werkt niet meer"');
  t.ok(await tab.page.getByRole('link', { name: /Inloggen en mijn aanbod nakijken/ }).isVisible(), 'with a link to sign in');
  t.ok(expectFailedResponses(tab, 404, '/api/freshness/') >= 1, 'the server refused the token (404, logged by the browser)');
  t.not((await listing(env, target.id)).freshness.state, 'vers', 'nothing was confirmed');
});

browserTest('password reset through the development outbox; the same link works only once', async (t, env, open) => {
  const person = await createPerson(env.product);
  const tab = await open(desktop);
  const { page } = tab;

  await page.goto(`${env.product.url}/inloggen`);
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await h1(page).filter({ hasText: 'Wachtwoord vergeten' }).waitFor();
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await h1(page).filter({ hasText: 'Kijk in je mail' }).waitFor();
  t.pass('the same confirmation for every address: "Kijk in je mail"');

  await page.goto(`${env.product.url}/dev/berichten`);
  const message = page.getByRole('listitem').filter({ hasText: `Aan: ${person.email}` }).first();
  await message.waitFor();
  const resetLink = message.getByRole('link', { name: /\/wachtwoord-herstellen\?token=/ });
  const href = await resetLink.getAttribute('href');
  t.ok(href, `the mail to ${person.email} has a clickable reset link`);
  t.equal(new URL(await resetLink.innerText()).origin, env.product.url, 'the mail links to the public URL of this server');
  await resetLink.click();

  await h1(page).filter({ hasText: 'Nieuw wachtwoord kiezen' }).waitFor();
  const newPassword = 'mijn nieuwe wachtwoord 2026';
  await newPasswordField(page).fill(newPassword);
  await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await h1(page).filter({ hasText: 'Je wachtwoord is veranderd' }).waitFor();
  t.pass('the new password is saved');

  await page.getByRole('link', { name: 'Naar inloggen' }).click();
  await h1(page).filter({ hasText: 'Inloggen' }).waitFor();
  await signInWithForm(page, { email: person.email, password: newPassword });
  await h1(page).filter({ hasText: 'Mijn account' }).waitFor();
  t.ok(await header(page).getByRole('link', { name: new RegExp(person.name) }).isVisible(), 'signed in with the new password: the name is in the header');
  t.ok(await header(page).getByRole('button', { name: 'Uitloggen' }).isVisible(), '"Uitloggen" in the header');
  const old = await env.product.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: person.password } });
  t.equal(old.statusCode, 401, 'the old password no longer works');

  // Signing out, then the same link again: refused, with the way to a new one.
  await header(page).getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByText('Je bent uitgelogd.').waitFor();
  t.ok(await header(page).getByRole('link', { name: 'Inloggen' }).isVisible(), 'signed out: "Inloggen" in the header again');
  await page.goto(new URL(href!, env.product.url).href);
  await newPasswordField(page).fill('nog een ander wachtwoord');
  await page.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill('nog een ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await h1(page).filter({ hasText: 'Deze link werkt niet meer' }).waitFor();
  t.pass('the used link is refused: "Deze link werkt niet meer"');
  t.ok(await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).isVisible(), 'with a link to ask for a new one');
  t.ok(expectFailedResponses(tab, 400, '/api/password-reset/confirm') >= 1, 'the server refused the used token (400)');
  const again = await env.product.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: 'nog een ander wachtwoord' } });
  t.equal(again.statusCode, 401, 'the refused link changed nothing');
});

browserTest('a wrong password: the error does not tell whether the account exists', async (t, env, open) => {
  const person = await createPerson(env.product);
  const tab = await open(desktop);
  const { page } = tab;
  await page.goto(`${env.product.url}/inloggen`);

  const attempt = async (email: string) => {
    await signInWithForm(page, { email, password: 'dit is niet het wachtwoord' });
    const summary = page.getByRole('alert').filter({ hasText: 'Kijk dit even na' });
    await summary.waitFor();
    const focused = await summary.evaluate((el) => el === document.activeElement);
    const text = (await summary.innerText()).trim();
    // Ready for the next attempt: the error away again.
    await page.reload();
    await h1(page).filter({ hasText: 'Inloggen' }).waitFor();
    return { text, focused };
  };
  const existing = await attempt(person.email);
  const unknown = await attempt(`niemand.${Date.now()}@voorbeeld.nl`);
  t.match(existing.text, /e-mailadres of het wachtwoord klopt niet/, `the error says it plainly: "${existing.text.replace(/\s+/g, ' ')}"`);
  t.equal(unknown.text, existing.text, 'an unknown address gets exactly the same words');
  t.notMatch(existing.text, /bestaat niet|onbekend|geen account/i, 'nothing about whether the account exists');
  t.ok(existing.focused, 'the error summary has the focus (a screen reader reads it at once)');
  t.equal(expectFailedResponses(tab, 401, '/api/session'), 2, 'both attempts were refused by the server (401)');
  t.equal(await header(page).getByRole('link', { name: 'Inloggen' }).count(), 1, 'still signed out');
});

browserTest('?terug= after signing in: back to a page of this site, never to another site', async (t, env, open) => {
  const person = await createPerson(env.product);
  for (const [terug, expected, why] of [
    ['/bewaard', '/bewaard', 'a page of this site'],
    ['//evil.example/phish', '/account', 'a protocol-relative URL is ignored'],
    ['https://evil.example/', '/account', 'an absolute URL is ignored'],
    ['/\\evil.example', '/account', 'a backslash trick is ignored'],
  ] as const) {
    const { page } = await open(desktop);
    await page.goto(`${env.product.url}/inloggen?${new URLSearchParams({ terug })}`);
    await signInWithForm(page, person);
    await page.waitForURL((url) => url.pathname !== '/inloggen');
    const url = new URL(page.url());
    t.equal(`${url.origin}${url.pathname}`, `${env.product.url}${expected}`, `terug=${terug}: ${why} (now at ${url.pathname})`);
  }

  // "Inloggen" in the header carries the current page along.
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/bewaard`);
  await header(page).getByRole('link', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/inloggen\?terug=%2Fbewaard/);
  await signInWithForm(page, person);
  await page.waitForURL(/\/bewaard$/);
  t.pass('"Inloggen" from /bewaard comes back to /bewaard');
});

browserTest('an invitation: who invites you to what; name and password; signed in to Mijn aanbod', async (t, env, open) => {
  const admin = await createPerson(env.product, { role: 'admin', name: 'Beheerder Gemeente' });
  const session = await apiSignIn(env.product, admin);
  const created = await asPerson<{ id: string; name: string }>(env.product, session, 'POST', '/api/organisations', { name: 'Buurtkeuken De Pijp', form: 'informeel' });
  t.equal(created.status, 201, 'an organisation to invite someone to');
  const org = created.body;
  const email = `nieuw.${Date.now()}@voorbeeld.nl`;
  const invited = await asPerson(env.product, session, 'POST', '/api/invitations', { email, organisationId: org.id });
  t.equal(invited.status, 201, 'the admin invites a new member of the organisation');

  const { page } = await open(phone);
  await page.goto(`${env.product.url}/dev/berichten`);
  const message = page.getByRole('listitem').filter({ hasText: `Aan: ${email}` }).first();
  await message.waitFor();
  const invitation = message.getByRole('link', { name: /\/uitnodiging\?token=/ });
  t.equal(new URL(await invitation.innerText()).origin, env.product.url, 'the invitation links to the public URL of this server');
  await invitation.click();
  await h1(page).filter({ hasText: 'Je bent uitgenodigd' }).waitFor();
  t.ok(await page.getByText(org.name).first().isVisible(), `the page names the organisation (${org.name})`);
  t.ok(await page.getByText(`Je logt in met: ${email}`).isVisible(), 'and the address you sign in with');
  await page.getByRole('textbox', { name: 'Je naam' }).fill('Nieuwe Collega');
  await page.getByLabel(/^Kies een wachtwoord/).fill('een goed wachtwoord 123');
  await page.getByLabel(/^Herhaal het wachtwoord/).fill('een goed wachtwoord 123');
  await screenshot(page, 'phone-uitnodiging');
  await page.getByRole('button', { name: 'Account maken' }).click();
  await page.waitForURL(/\/mijn-aanbod$/);
  t.pass('after accepting: /mijn-aanbod');
  await header(page).getByRole('link', { name: /Nieuwe Collega/ }).waitFor();
  t.pass('signed in: the chosen name is in the header');
});

browserTest('account page: details, organisations, an API token shown once, revoked; sign out everywhere', async (t, env, open) => {
  const person = await createPerson(env.product, { name: 'Sanne de Vries' });
  const { page, context } = await open(desktop);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${env.product.url}/account`);
  await page.waitForURL(/\/inloggen\?terug=%2Faccount/);
  t.pass('/account without signing in leads to /inloggen?terug=/account');
  await signInWithForm(page, person);
  await h1(page).filter({ hasText: 'Mijn account' }).waitFor();
  t.ok(await page.getByText(person.email).isVisible(), 'my e-mail address is shown');

  await page.getByRole('textbox', { name: 'Naam van de sleutel' }).fill('Website buurthuis');
  await page.getByRole('checkbox', { name: 'Aanbod toevoegen en wijzigen' }).check();
  await page.getByRole('button', { name: 'Sleutel maken' }).click();
  const secret = page.getByRole('textbox', { name: 'De sleutel', exact: true });
  await secret.waitFor();
  const token = await secret.inputValue();
  t.match(token, /^skt_/, 'the new token is shown once');
  await screenshot(page, 'desktop-account-sleutel');
  await page.getByRole('button', { name: 'Kopieer de sleutel' }).click();
  await page.getByText('De sleutel is gekopieerd.').waitFor();
  t.equal(await page.evaluate(() => navigator.clipboard.readText()), token, 'the copy button puts it on the clipboard');
  const withToken = () => env.product.app.inject({ url: '/api/account/tokens', headers: { authorization: `Bearer ${token}` } });
  t.equal((await withToken()).statusCode, 200, 'the token works for the API');

  await page.getByRole('button', { name: 'Ik heb hem bewaard' }).click();
  t.equal(await secret.count(), 0, 'after that the secret is gone from the page');
  await page.getByRole('button', { name: /^Intrekken\s*:\s*Website buurthuis$/ }).click();
  await page.getByRole('button', { name: 'Ja, intrekken' }).click();
  await page.getByText(/Ingetrokken op/).waitFor();
  t.equal((await withToken()).statusCode, 401, 'the revoked token no longer works');

  const other = await apiSignIn(env.product, person);
  await page.getByRole('button', { name: 'Overal uitloggen' }).click();
  await page.getByText('Je bent uitgelogd.').waitFor();
  const elsewhere = await asPerson<{ user: unknown }>(env.product, other, 'GET', '/api/session');
  t.equal(elsewhere.body.user, null, 'the session elsewhere has ended too');
});

browserTest('Meld een initiatief: errors at the top and next to the fields, then sent to the queue', async (t, env, open) => {
  const tab = await open(phone);
  const { page } = tab;
  await page.goto(`${env.product.url}/`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Meld een initiatief' }).click();
  await h1(page).filter({ hasText: 'Meld een initiatief' }).waitFor();

  await page.getByRole('button', { name: 'Versturen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Kijk dit even na' });
  await summary.waitFor();
  t.ok(await summary.evaluate((el) => el === document.activeElement), 'the error summary has the focus');
  const title = page.getByRole('textbox', { name: /^Naam/ }).first();
  t.equal(await title.getAttribute('aria-invalid'), 'true', 'the empty name field is marked invalid');
  const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
  const described = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
  t.match(described, /minstens 2 tekens/, 'its error is tied to it (aria-describedby)');
  await summary.getByRole('link', { name: /Naam/ }).first().click();
  t.ok(await title.evaluate((el) => el === document.activeElement), 'the link in the summary moves the focus to the field');

  await title.fill('Samen koken in de Pijp');
  await page.getByRole('textbox', { name: /Wat is het, en voor wie/ }).fill('Elke woensdag koken we samen en eten we samen. Iedereen is welkom.');
  // Only the server knows that ftp:// is not a web address: its error goes next to the field.
  await page.getByRole('textbox', { name: /^Website/ }).fill('ftp://buurtkoken.example');
  await page.getByRole('textbox', { name: 'Je naam' }).fill('Fatima');
  await page.getByRole('textbox', { name: 'Je e-mailadres' }).fill('fatima@voorbeeld.nl');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await summary.waitFor();
  const website = page.getByRole('textbox', { name: /^Website/ });
  await page.waitForFunction(() => document.querySelector('input[type="url"]')?.getAttribute('aria-invalid') === 'true');
  t.pass("the server's error on the website is shown at that field");
  t.ok(expectFailedResponses(tab, 400, '/api/submissions') >= 1, 'the server refused it (400)');
  await screenshot(page, 'phone-meld-een-initiatief-fout');

  await website.fill('https://buurtkoken.example');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await h1(page).filter({ hasText: 'Bedankt voor je melding!' }).waitFor();
  t.pass('sent: a thank-you');

  const steward = await createPerson(env.product, { role: 'admin' });
  const queue = await asPerson<{ review: { title: string }[]; changes: { listingTitle: string }[] }>(
    env.product,
    await apiSignIn(env.product, steward),
    'GET',
    '/api/moderation/queue',
  );
  const waiting = [...(queue.body.review ?? []).map((l) => l.title), ...(queue.body.changes ?? []).map((c) => c.listingTitle)];
  t.ok(waiting.includes('Samen koken in de Pijp'), 'the submission waits in the moderation queue');
});

browserTest('the listing page says how fresh the information is, in plain words', async (t, env, open) => {
  const res = await env.product.app.inject({ url: '/api/listings?example=false&limit=200' });
  const items = (res.json() as { items: ListingJson[] }).items.filter((l) => l.status === 'gepubliceerd');
  // One listing last checked 400 days ago: its information has expired (verlopen).
  const admin = await apiSignIn(env.product, await createPerson(env.product, { role: 'admin' }));
  const stale = items.find((l) => l.freshness?.state === 'onbekend') ?? items[0]!;
  const current = await env.product.app.inject({ url: `/api/listings/${stale.id}` });
  const verifiedAt = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString();
  const patched = await asPerson<ListingJson>(env.product, admin, 'PATCH', `/api/listings/${stale.id}`, { verifiedAt }, { 'if-match': String(current.headers.etag) });
  t.equal(patched.status, 200, 'an admin sets the last check of one listing to 400 days ago');
  t.equal(patched.body.freshness?.state, 'verlopen', 'that listing has expired');
  const pages = [patched.body, ...items.filter((l) => l.id !== stale.id)];

  const { page } = await open(desktop);
  const seen = new Set<string>();
  for (const l of pages) {
    const state = l.freshness?.state;
    if (!state || seen.has(state)) continue;
    seen.add(state);
    await page.goto(`${env.product.url}/aanbod/${l.id}`);
    await page.getByRole('button', { name: 'Klopt er iets niet?' }).waitFor();
    const footer = await page.locator('.sk-listing__source').innerText();
    const note = page.getByText('Deze informatie is al een tijd niet gecontroleerd. Bel of mail even voordat je gaat.');
    if (state === 'onbekend') t.match(footer, /Nog niet gecontroleerd/, `onbekend: "Nog niet gecontroleerd" (${l.title})`);
    else t.match(footer, /Laatst gecontroleerd: .*(geleden|vandaag|gisteren)/, `${state}: "${footer.trim().split('\n').pop()}" (${l.title})`);
    t.equal(await note.isVisible(), state === 'verlopen', `${state}: the "bel of mail even" note ${state === 'verlopen' ? 'is' : 'is not'} shown`);
  }
  t.ok(seen.has('verlopen') && seen.size >= 2, `freshness states seen: ${[...seen].join(', ')}`);

  // The resident's "Klopt er iets niet?" form still works next to it.
  await page.goto(`${env.product.url}/aanbod/${items[0]!.id}`);
  await page.getByRole('button', { name: 'Klopt er iets niet?' }).click();
  await page.getByRole('textbox', { name: /Wat klopt er niet/ }).fill('Het telefoonnummer werkt niet meer.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  await page.getByText(/Bedankt! We kijken ernaar/).waitFor();
  t.pass('"Klopt er iets niet?" still sends a report');
});

browserTest('keyboard only: sign in with Tab and Enter, the focus visible on every field', async (t, env, open) => {
  const person = await createPerson(env.product);
  const { page } = await open(phone);
  await page.goto(`${env.product.url}/inloggen`);
  const email = page.getByRole('textbox', { name: 'E-mailadres' });
  await email.focus();
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const visible = el.matches(':focus-visible') && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none');
      return { what: `${el.tagName.toLowerCase()}[${el.getAttribute('type') ?? ''}] ${el.getAttribute('autocomplete') ?? ''}`.trim(), visible };
    });
    seen.push(focus.what);
    t.ok(focus.visible, `${focus.what}: the focus is visible`);
    await page.keyboard.press('Tab');
  }
  t.same(seen, ['input[email] email', 'input[password] current-password', 'button[submit]'], 'Tab goes e-mail → password → button, with autocomplete hints');
  await email.focus();
  await page.keyboard.type(person.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(person.password);
  await page.keyboard.press('Enter');
  await h1(page).filter({ hasText: 'Mijn account' }).waitFor();
  t.pass('Enter in the password field signs in');
});

browserTest('too many attempts: "probeer het over N minuten opnieuw", from Retry-After', async (t, env, open) => {
  const person = await createPerson(env.product);
  let last = 0;
  for (let i = 0; i < 5; i++) {
    last = (await env.product.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: `fout ${i}` } })).statusCode;
  }
  t.equal(last, 401, 'five wrong passwords through the API');
  const probe = await env.product.app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: person.password } });
  const minutes = Math.ceil(Number(probe.headers['retry-after']) / 60);
  t.equal(probe.statusCode, 429, `then even the right password waits (429, Retry-After ${probe.headers['retry-after']} s)`);

  const tab = await open(desktop);
  await tab.page.goto(`${env.product.url}/inloggen`);
  await signInWithForm(tab.page, person);
  const summary = tab.page.getByRole('alert').filter({ hasText: 'Kijk dit even na' });
  await summary.waitFor();
  const text = (await summary.innerText()).replace(/\s+/g, ' ');
  t.match(text, /te vaak geprobeerd\. Probeer het over \d+ minuten? opnieuw\./, `the page says how long to wait: "${text}"`);
  const shown = Number(/over (\d+) minu/.exec(text)?.[1]);
  t.ok(Math.abs(shown - minutes) <= 1, `${shown} minutes, from Retry-After (${minutes})`);
  t.equal(expectFailedResponses(tab, 429, '/api/session'), 1, 'the server answered 429');
});
