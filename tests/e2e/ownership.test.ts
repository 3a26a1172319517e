// The owners' and stewards' side in real Chromium against the real server: an invited owner
// signs in, changes the opening hours of their listing (by keyboard) and residents see the new
// hours; a resident reports a problem and a steward resolves it in /beheer; an owner of an
// untrusted organisation proposes a change that a steward accepts field by field; a new
// listing meets "Bestaat dit al?" and the server's field errors.
import type { Locator, Page } from 'playwright-core';
import t from 'tap';
import { apiSignIn, asPerson, createPerson, desktop, e2eSuite, expectFailedResponses, phone, screenshot, type E2E, type Person } from './harness.ts';

t.setTimeout(300_000);
const { env, browserTest } = await e2eSuite(t);

type ListingJson = {
  id: string;
  title: string;
  status: string;
  version: number;
  schedule: { rules: { days: string[]; opens: string; closes: string }[] };
  contact: { phone?: string };
};

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const header = (page: Page) => page.getByRole('banner');

/** Acts as an admin through the API (cookie + CSRF token), failing loudly on an unexpected status. */
async function adminApi(env: E2E) {
  const admin = await createPerson(env.product, { role: 'admin', name: 'Beheerder Gemeente' });
  const session = await apiSignIn(env.product, admin);
  return async <T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await env.product.app.inject({
      method,
      url,
      headers: { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };
}

/** An organisation (trusted or not) with one published listing that meets every Tuesday 10:00–12:00. */
async function organisationWithListing(env: E2E, { trusted, title }: { trusted: boolean; title: string }) {
  const api = await adminApi(env);
  const organisation = await api<{ id: string; name: string; version: number }>('POST', '/api/organisations', {
    name: `Buurtvereniging ${title}`,
    form: 'vereniging',
  });
  // Trusted organisations publish without a steward.
  if (trusted) await api('PATCH', `/api/organisations/${organisation.id}`, { trusted: true }, { 'if-match': `"${organisation.version}"` });
  const listing = await api<ListingJson>('POST', '/api/listings', {
    kind: 'activiteit',
    title,
    summary: 'Samen koffie drinken en bijpraten.',
    organisationId: organisation.id,
    status: 'gepubliceerd',
    locations: [{ name: 'Buurthuis', street: 'Eerste van Swindenstraat', houseNumber: '26', postcode: '1093 GC', place: 'Amsterdam', lat: 52.3597, lon: 4.9256 }],
    schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00' }] },
    contact: { phone: '020 123 4567' },
    kosten: { type: 'gratis' },
  });
  return { organisation, listing, api };
}

async function listingJson({ product }: E2E, id: string): Promise<ListingJson> {
  const res = await product.app.inject({ url: `/api/listings/${id}` });
  if (res.statusCode !== 200) throw new Error(`GET /api/listings/${id}: ${res.statusCode} ${res.body}`);
  return res.json() as ListingJson;
}

/** The sign-in form of /inloggen (another page of the product), then back where we came from. */
async function signInWithForm(page: Page, person: Pick<Person, 'email' | 'password'>) {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** Tab until the element has the focus (at most `max` presses): proves it is reachable by keyboard. */
async function tabTo(page: Page, selector: (page: Page) => Locator, max = 60): Promise<boolean> {
  const target = selector(page).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return true;
    await page.keyboard.press('Tab');
  }
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

browserTest('an invited owner signs in, changes the opening hours by keyboard, and residents see the new hours', async (t, env, open) => {
  const { organisation, listing, api } = await organisationWithListing(env, { trusted: true, title: 'Koffie-inloop De Eik' });

  // The invitation, as the owner receives it (development outbox), accepted through the API.
  const email = `eigenaar.${Date.now()}@voorbeeld.nl`;
  await api('POST', '/api/invitations', { email, organisationId: organisation.id });
  const outbox = (await env.product.app.inject({ url: '/api/dev/outbox' })).json() as { items: { to: string; text: string }[] };
  const mail = outbox.items.find((m) => m.to === email);
  t.ok(mail, 'the invitation is in the outbox');
  const token = /\/uitnodiging\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  t.ok(token, 'the invitation has a link with a token');
  const password = 'een lang wachtwoord voor de eik';
  const accepted = await env.product.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, name: 'Eva Eigenaar', password } });
  t.equal(accepted.statusCode, 200, 'the invitation is accepted');

  // Not signed in: /mijn-aanbod says how to sign in and comes back afterwards.
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/mijn-aanbod`);
  const signInLink = page.getByRole('main').getByRole('link', { name: 'Inloggen' });
  await signInLink.waitFor();
  t.equal(new URL((await signInLink.getAttribute('href'))!, env.product.url).searchParams.get('terug'), '/mijn-aanbod', 'the sign-in link comes back to /mijn-aanbod');
  await signInLink.click();
  await page.waitForURL(/\/inloggen\?/);
  await signInWithForm(page, { email, password });
  await page.waitForURL(/\/mijn-aanbod$/);
  await h1(page).filter({ hasText: 'Mijn aanbod' }).waitFor();
  t.pass('signed in: back on Mijn aanbod');
  await header(page).getByRole('link', { name: 'Mijn aanbod' }).waitFor();
  t.equal(await header(page).getByRole('link', { name: 'Beheer' }).count(), 0, 'the header links to Mijn aanbod, not to Beheer (not a steward)');

  // The listing with its status and freshness, and "Bewerken".
  const item = page.getByRole('list', { name: 'Mijn aanbod' }).getByRole('listitem').filter({ hasText: listing.title });
  await item.waitFor();
  t.match(await item.innerText(), /Gepubliceerd/, 'the status in words');
  t.match(await item.innerText(), /gecontroleerd/i, 'how fresh it is');
  await screenshot(page, 'desktop-mijn-aanbod');
  await item.getByRole('link', { name: /^Bewerken/ }).click();
  await page.waitForURL(new RegExp(`/mijn-aanbod/${listing.id}$`));
  await h1(page).filter({ hasText: 'Aanbod bewerken' }).waitFor();

  // By keyboard only: from the first time's "Van" field, change the hours and add a Thursday.
  const rule = page.getByRole('group', { name: 'Tijd 1' });
  await rule.getByRole('textbox', { name: 'Van', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('9.15');
  t.ok(await tabTo(page, () => rule.getByRole('textbox', { name: 'Tot', exact: true }), 1), 'Tab goes on to "Tot"');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1745');
  await page.keyboard.press('Tab');
  t.equal(await rule.getByRole('textbox', { name: 'Van', exact: true }).inputValue(), '09:15', '"9.15" becomes 09:15');
  t.equal(await rule.getByRole('textbox', { name: 'Tot', exact: true }).inputValue(), '17:45', '"1745" becomes 17:45');
  t.ok(await tabTo(page, (p) => p.getByRole('button', { name: 'Tijd toevoegen' })), 'Tab reaches "Tijd toevoegen"');
  await page.keyboard.press('Enter');
  const second = page.getByRole('group', { name: 'Tijd 2' });
  await second.waitFor();
  t.ok(await second.getByRole('checkbox', { name: 'maandag' }).evaluate((el) => el === document.activeElement), 'the new time takes the focus (its first day)');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  t.ok(await second.getByRole('checkbox', { name: 'donderdag' }).evaluate((el) => el === document.activeElement), 'Tab goes through the days to Thursday');
  await page.keyboard.press('Space');
  t.ok(await tabTo(page, () => second.getByRole('textbox', { name: 'Van', exact: true }), 6), 'Tab goes on from the days to "Van"');
  await page.keyboard.type('19:00');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20.30');
  await page.keyboard.press('Tab');
  await second.getByText(/Elke donderdag, van 19:00 tot 20:30/).waitFor();
  t.pass('the new time reads back in words: "Elke donderdag, van 19:00 tot 20:30"');
  await screenshot(page, 'desktop-editor-hours');

  t.ok(await tabTo(page, (p) => p.getByRole('button', { name: 'Wijzigingen opslaan' }), 200), 'Tab reaches "Wijzigingen opslaan"');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  t.pass('"Opgeslagen." after saving');

  const saved = await listingJson(env, listing.id);
  t.same(
    saved.schedule.rules.map((r) => `${r.days.join(',')} ${r.opens}-${r.closes}`),
    ['TU 09:15-17:45', 'TH 19:00-20:30'],
    'the API has the new hours',
  );

  // The history names who changed the hours.
  await page.getByText('Bekijk wie wat heeft gewijzigd').click();
  await page.getByRole('table').filter({ hasText: 'Openingstijden' }).first().waitFor();
  t.match(await page.locator('.sk-history').innerText(), /Eva Eigenaar/, 'the history says who changed it');

  // As a resident sees it: the coming times with the new hours.
  const resident = await open(phone);
  await resident.page.goto(`${env.product.url}/aanbod/${listing.id}`);
  await h1(resident.page).filter({ hasText: listing.title }).waitFor();
  const dates = resident.page.locator('.sk-listing__dates');
  await dates.waitFor();
  const text = await dates.innerText();
  t.match(text, /09:15 tot 17:45/, `the resident page shows the new Tuesday hours (${text.split('\n')[0]})`);
  t.match(text, /19:00 tot 20:30/, 'and the new Thursday evening');
  t.notMatch(text, /10:00 tot 12:00/, 'and no longer the old hours');
});

browserTest('a resident reports a problem; a steward sees it in /beheer and resolves it', async (t, env, open) => {
  const { listing } = await organisationWithListing(env, { trusted: true, title: 'Wandelclub Oost' });
  const message = `Het telefoonnummer werkt niet meer (${Date.now()}).`;

  const resident = await open(phone);
  await resident.page.goto(`${env.product.url}/aanbod/${listing.id}`);
  await h1(resident.page).filter({ hasText: listing.title }).waitFor();
  await resident.page.getByRole('button', { name: 'Klopt er iets niet?' }).click();
  await resident.page.getByRole('textbox', { name: /Wat klopt er niet/ }).fill(message);
  await resident.page.getByRole('button', { name: 'Versturen' }).click();
  await resident.page.getByText('Bedankt!').waitFor();
  t.pass('the resident is thanked');

  const steward = await createPerson(env.product, { role: 'steward', name: 'Sam Steunpunt' });
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/beheer`);
  await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
  await signInWithForm(page, steward);
  await page.waitForURL(/\/beheer$/);
  await h1(page).filter({ hasText: 'Beheer' }).waitFor();
  await header(page).getByRole('link', { name: 'Beheer' }).waitFor();
  t.pass('a steward signs in, comes back to /beheer and has "Beheer" in the header');

  const reports = page.getByRole('region', { name: /Meldingen van bewoners/ });
  const report = reports.getByRole('listitem').filter({ hasText: message });
  await report.waitFor();
  t.pass('the report is in "Meldingen van bewoners"');
  const toc = await page.getByRole('navigation', { name: 'Onderdelen' }).innerText();
  t.match(toc, /Meldingen van bewoners \(\d+\)/, 'the sections show their counts');
  await screenshot(page, 'desktop-beheer');

  await report.getByRole('button', { name: /^Afhandelen/ }).click();
  await report.getByRole('textbox', { name: /Wat heb je gedaan/ }).fill('Nummer nagevraagd en aangepast.');
  await report.getByRole('button', { name: 'Markeer als afgehandeld' }).click();
  await page.getByRole('status').filter({ hasText: `Melding afgehandeld: ${listing.title}` }).waitFor();
  await reports.getByRole('listitem').filter({ hasText: message }).waitFor({ state: 'detached' });
  t.pass('after resolving, the report leaves the open list');
  t.ok(
    await page.getByRole('heading', { level: 2, name: /Meldingen van bewoners/ }).evaluate((el) => el === document.activeElement),
    'the focus goes back to the section heading',
  );

  const admin = await apiSignIn(env.product, await createPerson(env.product, { role: 'admin' }));
  const stored = await asPerson<{ items: { message: string; status: string }[] }>(env.product, admin, 'GET', `/api/listings/${listing.id}/reports`);
  t.equal(stored.body.items.find((r) => r.message === message)?.status, 'afgehandeld', 'the API has the report as afgehandeld');
});

browserTest('an untrusted owner proposes a change; the steward sees the diff (veld / was / wordt) and accepts it', async (t, env, open) => {
  const { organisation, listing } = await organisationWithListing(env, { trusted: false, title: 'Taalcafé West' });
  const owner = await createPerson(env.product, { organisationIds: [organisation.id], name: 'Olga Organisator' });

  const { page } = await open(phone);
  await page.goto(`${env.product.url}/inloggen?terug=${encodeURIComponent(`/mijn-aanbod/${listing.id}`)}`);
  await signInWithForm(page, owner);
  await page.waitForURL(new RegExp(`/mijn-aanbod/${listing.id}$`));
  await page.getByText('Je wijzigingen gaan eerst naar een steunpunt-medewerker').waitFor();
  t.pass('the editor says that changes go to a steward first');
  await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('020 765 4321');
  await page.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await page.getByRole('status').filter({ hasText: 'Je wijziging is ter controle bij de steunpunt-medewerker' }).waitFor();
  t.pass('202: "Je wijziging is ter controle bij de steunpunt-medewerker"');
  t.equal((await listingJson(env, listing.id)).contact.phone, '020 123 4567', 'the published listing is unchanged for now');

  const steward = await createPerson(env.product, { role: 'steward' });
  const desk = await open(desktop);
  await desk.page.goto(`${env.product.url}/inloggen?terug=%2Fbeheer`);
  await signInWithForm(desk.page, steward);
  await desk.page.waitForURL(/\/beheer$/);
  const changes = desk.page.getByRole('region', { name: /Voorgestelde wijzigingen/ });
  const change = changes.getByRole('listitem').filter({ hasText: listing.title }).first();
  await change.waitFor();
  const table = change.getByRole('table');
  const row = table.getByRole('row').filter({ hasText: 'Contact' });
  t.match(await row.innerText(), /020 123 4567[\s\S]*020 765 4321/, 'the diff row shows was → wordt for Contact');
  t.same(
    await table.getByRole('columnheader').allInnerTexts(),
    ['Veld', 'Was', 'Wordt'],
    'the columns are Veld / Was / Wordt',
  );
  await screenshot(desk.page, 'desktop-beheer-wijziging');

  // Declining needs a reason: the form refuses without one.
  await change.getByRole('button', { name: /^Afwijzen/ }).first().click();
  await change.getByRole('button', { name: 'Afwijzen', exact: true }).click();
  await change.getByText('Schrijf waarom.').waitFor();
  t.pass('declining without a reason is refused');
  await change.getByRole('button', { name: 'Annuleren' }).click();

  await change.getByRole('button', { name: /^Accepteren/ }).click();
  await desk.page.getByRole('status').filter({ hasText: `Geaccepteerd: ${listing.title}` }).waitFor();
  t.equal((await listingJson(env, listing.id)).contact.phone, '020 765 4321', 'accepted: the listing has the new phone number');
});

browserTest('a member claims an unowned listing from its page; the steward accepts the claim', async (t, env, open) => {
  const { organisation, api } = await organisationWithListing(env, { trusted: false, title: 'Breiclub Oost' });
  const unowned = await api<ListingJson>('POST', '/api/listings', {
    kind: 'activiteit',
    title: 'Schaakmiddag in de bieb',
    organisationId: null,
    status: 'gepubliceerd',
    locations: [{ name: 'Bibliotheek', lat: 52.3597, lon: 4.9256 }],
  });
  const member = await createPerson(env.product, { organisationIds: [organisation.id], name: 'Cas Claimer' });

  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/aanbod/${unowned.id}`);
  await h1(page).filter({ hasText: unowned.title }).waitFor();
  t.equal(await page.getByRole('form', { name: /Is dit aanbod van jullie organisatie/ }).count(), 0, 'residents are not asked to claim');

  await page.goto(`${env.product.url}/inloggen?terug=${encodeURIComponent(`/aanbod/${unowned.id}`)}`);
  await signInWithForm(page, member);
  await page.waitForURL(new RegExp(`/aanbod/${unowned.id}$`));
  const claim = page.getByRole('form', { name: /Is dit aanbod van jullie organisatie/ });
  await claim.getByRole('textbox', { name: /Toelichting/ }).fill('Wij organiseren dit elke woensdag.');
  await claim.getByRole('button', { name: `Claim voor ${organisation.name}` }).click();
  await page.getByRole('status').filter({ hasText: 'Je claim is verstuurd' }).waitFor();
  t.pass('the member claims it for their organisation');
  t.equal((await env.product.app.inject({ url: `/api/listings/${unowned.id}` })).json().organisation, null, 'not theirs until a steward agrees');

  const steward = await createPerson(env.product, { role: 'steward' });
  const desk = await open(desktop);
  await desk.page.goto(`${env.product.url}/inloggen?terug=%2Fbeheer`);
  await signInWithForm(desk.page, steward);
  await desk.page.waitForURL(/\/beheer$/);
  const change = desk.page.getByRole('listitem').filter({ hasText: unowned.title }).filter({ hasText: 'Wij organiseren dit elke woensdag.' }).first();
  await change.waitFor();
  await change.getByRole('button', { name: /^Accepteren/ }).click();
  await desk.page.getByRole('status').filter({ hasText: `Geaccepteerd: ${unowned.title}` }).waitFor();
  t.equal((await env.product.app.inject({ url: `/api/listings/${unowned.id}` })).json().organisation?.id, organisation.id, 'accepted: the listing belongs to the organisation');
});

browserTest('a steward merges a duplicate into the listing that stays, after asking once more', async (t, env, open) => {
  const { listing: survivor, api } = await organisationWithListing(env, { trusted: true, title: 'Koffie-inloop De Linde' });
  // The same activity again, imported without an organisation: same phone, same place.
  const duplicate = await api<ListingJson>('POST', '/api/listings', {
    kind: 'activiteit',
    title: 'Koffie inloop De Linde',
    organisationId: null,
    status: 'gepubliceerd',
    locations: [{ name: 'Buurthuis', lat: 52.3597, lon: 4.9256 }],
    contact: { phone: '020 123 4567' },
  });
  const steward = await createPerson(env.product, { role: 'steward' });
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/inloggen?terug=${encodeURIComponent(`/mijn-aanbod/${duplicate.id}`)}`);
  await signInWithForm(page, steward);
  await page.waitForURL(new RegExp(`/mijn-aanbod/${duplicate.id}$`));
  const merge = page.getByRole('region', { name: 'Dubbel aanbod?' });
  await merge.getByRole('button', { name: `Samenvoegen met ${survivor.title}` }).click();
  await merge.getByText('Weet je het zeker?').waitFor();
  t.equal((await listingJson(env, duplicate.id)).status, 'gepubliceerd', 'nothing happens before the second click');
  await merge.getByRole('button', { name: 'Ja, samenvoegen' }).click();
  await page.waitForURL(new RegExp(`/mijn-aanbod/${survivor.id}$`));
  await page.getByText(`Je ziet nu “${survivor.title}”`).waitFor();
  t.pass('the editor goes on to the listing that stays and says so');
  const merged = await env.product.app.inject({ url: `/api/listings/${duplicate.id}` });
  t.not(merged.statusCode, 200, `the duplicate is no longer public (${merged.statusCode})`);
  await screenshot(page, 'desktop-samengevoegd');
});

browserTest('residents read a description as written: rich text formatted, plain text in its lines, nothing escaped twice', async (t, env, open) => {
  const { api, organisation } = await organisationWithListing(env, { trusted: true, title: 'Buurtsoep Noord' });
  const create = (title: string, description: string) =>
    api<ListingJson>('POST', '/api/listings', { kind: 'activiteit', title, description, organisationId: organisation.id, status: 'gepubliceerd' });
  const rich = await create(
    'Soepmiddag met opmaak',
    '<p>Soep &amp; brood voor <strong>iedereen</strong>.</p><ul><li>Elke donderdag</li></ul><p><a href="https://example.org/soep">Meer informatie</a> <a href="javascript:alert(1)">klik hier</a></p>',
  );
  const plain = await create('Soepmiddag zonder opmaak', 'Soep & brood <3\nTweede regel');
  const { page } = await open(desktop);

  await page.goto(`${env.product.url}/aanbod/${rich.id}`);
  const about = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Wat is het?' }) }).first();
  await about.getByText('Soep & brood voor').waitFor();
  t.equal(await about.locator('strong').innerText(), 'iedereen', 'bold stays bold');
  t.equal(await about.getByRole('listitem').innerText(), 'Elke donderdag', 'a list stays a list');
  t.equal(await about.getByRole('link', { name: 'Meer informatie' }).getAttribute('href'), 'https://example.org/soep', 'a web link stays a link');
  t.equal(await about.getByRole('link', { name: 'klik hier' }).count(), 0, 'a javascript: link is only text');
  t.notMatch(await page.locator('main').innerText(), /&amp;|<strong>|<p>/, 'no markup or entities shown');

  await page.goto(`${env.product.url}/aanbod/${plain.id}`);
  await page.getByText('Soep & brood <3', { exact: true }).waitFor();
  t.ok(await page.getByText('Tweede regel', { exact: true }).isVisible(), 'each line of plain text is its own paragraph');
});

browserTest('the steward publishes what is ter controle, sends one back with a reason, and approves a new organisation', async (t, env, open) => {
  const { organisation } = await organisationWithListing(env, { trusted: false, title: 'Buurttuin Zuid' });
  const owner = await createPerson(env.product, { organisationIds: [organisation.id] });
  const asOwner = await apiSignIn(env.product, owner);
  const submit = async (title: string) => {
    const res = await asPerson<ListingJson>(env.product, asOwner, 'POST', '/api/listings', { kind: 'activiteit', title, organisationId: organisation.id, status: 'ter_controle' });
    if (res.status !== 201) throw new Error(`${title}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const good = await submit('Moestuinieren in Zuid');
  const unclear = await submit('Tuinklussen');
  const newOrganisation = await asPerson<{ id: string; name: string; status: string }>(env.product, asOwner, 'POST', '/api/organisations', { name: 'Stichting Groen Zuid' });
  t.equal(newOrganisation.body.status, 'ter_controle', 'a member\'s new organisation waits for a steward');

  const steward = await createPerson(env.product, { role: 'steward' });
  const { page } = await open(phone);
  await page.goto(`${env.product.url}/inloggen?terug=%2Fbeheer`);
  await signInWithForm(page, steward);
  await page.waitForURL(/\/beheer$/);
  const review = page.getByRole('region', { name: /^Ter controle/ });

  await review.getByRole('listitem').filter({ hasText: good.title }).getByRole('button', { name: /^Publiceren/ }).click();
  await page.getByRole('status').filter({ hasText: `Gepubliceerd: ${good.title}` }).waitFor();
  t.equal((await listingJson(env, good.id)).status, 'gepubliceerd', '"Publiceren" publishes it');

  const item = review.getByRole('listitem').filter({ hasText: unclear.title });
  await item.getByRole('button', { name: /^Terugsturen/ }).click();
  await item.getByRole('textbox', { name: 'Wat moet er anders?' }).fill('Zet erbij wanneer en waar het is.');
  await item.getByRole('button', { name: 'Terugsturen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: `Teruggestuurd: ${unclear.title}` }).waitFor();
  const history = await asPerson<{ items: { action: string; reason: string | null }[] }>(env.product, asOwner, 'GET', `/api/listings/${unclear.id}/history`);
  t.equal(history.body.items[0]?.reason, 'Zet erbij wanneer en waar het is.', 'sent back with the reason, which the owner can read');

  const organisations = page.getByRole('region', { name: /Nieuwe organisaties/ });
  await organisations.getByRole('listitem').filter({ hasText: 'Stichting Groen Zuid' }).getByRole('button', { name: /^Goedkeuren/ }).click();
  await page.getByRole('status').filter({ hasText: 'Goedgekeurd: Stichting Groen Zuid' }).waitFor();
  const approved = (await env.product.app.inject({ url: `/api/organisations/${newOrganisation.body.id}` })).json() as { status: string };
  t.equal(approved.status, 'actief', 'the organisation is approved (actief)');
  await screenshot(page, 'phone-beheer');
});

browserTest('a new listing: field errors next to the fields, a summary that links to them, and "Bestaat dit al?"', async (t, env, open) => {
  const { organisation, listing } = await organisationWithListing(env, { trusted: true, title: 'Repair Café Noord' });
  const owner = await createPerson(env.product, { organisationIds: [organisation.id] });
  const tab = await open(desktop);
  const { page } = tab;
  await page.goto(`${env.product.url}/inloggen?terug=${encodeURIComponent('/mijn-aanbod')}`);
  await signInWithForm(page, owner);
  await page.waitForURL(/\/mijn-aanbod$/);
  await page.getByRole('link', { name: 'Nieuw aanbod' }).click();
  await h1(page).filter({ hasText: 'Nieuw aanbod' }).waitFor();

  // A phone number the server refuses: its message appears next to the field and in the summary.
  await page.getByRole('textbox', { name: /^Titel/ }).fill('Repair Café Noord');
  await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('bel ons');
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
  await summary.waitFor();
  const phoneField = page.getByRole('textbox', { name: 'Telefoonnummer' });
  t.equal(await phoneField.getAttribute('aria-invalid'), 'true', 'the phone field is marked invalid');
  const describedBy = (await phoneField.getAttribute('aria-describedby')) ?? '';
  const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).innerText();
  t.match(errorText, /telefoonnummer als 020 123 4567/, 'the server\'s message is next to the field (aria-describedby)');
  await screenshot(page, 'desktop-editor-errors', { fullPage: false });
  await summary.getByRole('link', { name: /Telefoonnummer/ }).click();
  t.ok(await phoneField.evaluate((el) => el === document.activeElement), 'the summary link moves the focus to the field');
  t.equal(expectFailedResponses(tab, 400, '/api/listings'), 1, 'the refused save was the one 400 in the console');

  // Same name, same place as an existing listing: "Bestaat dit al?" with a link to it.
  await phoneField.fill('020 555 0000');
  await page.getByRole('textbox', { name: 'Breedtegraad' }).fill('52,3597');
  await page.getByRole('textbox', { name: 'Lengtegraad' }).fill('4.9256');
  await page.getByRole('button', { name: 'Opslaan als concept' }).click();
  const duplicates = page.getByRole('region', { name: 'Bestaat dit al?' });
  await duplicates.waitFor();
  t.ok(await duplicates.getByRole('link', { name: new RegExp(listing.title) }).isVisible(), 'the existing listing is linked');
  await duplicates.getByRole('button', { name: 'Het is iets anders: toch opslaan' }).click();
  await page.waitForURL(/\/mijn-aanbod\/[0-9a-f-]{36}$/);
  await page.getByRole('status').filter({ hasText: 'Opgeslagen als concept' }).waitFor();
  t.pass('saved as a concept after choosing to go on');
  const id = /\/mijn-aanbod\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  t.not(id, listing.id, 'a new listing');

  // Lifecycle from the editor: a trusted organisation may publish.
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.getByRole('status').filter({ hasText: 'Gepubliceerd. Bewoners kunnen het nu vinden.' }).waitFor();
  t.pass('"Publiceren" publishes');
  const res = await env.product.app.inject({ url: `/api/listings/${id}` });
  t.equal((res.json() as ListingJson).status, 'gepubliceerd', 'the API has it as gepubliceerd');

  // The preview shows it as residents will.
  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  await page.getByRole('region', { name: 'Voorbeeld' }).getByRole('heading', { name: 'Repair Café Noord' }).waitFor();
  t.pass('the preview shows the listing');
});
