// A resident's journeys through the real web app in real Chromium, against the real server with the
// demo gemeente Amsterdam. Elements are found as a screen reader finds them: by role and name.
import type { Locator, Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { allRequests, desktop, e2eSuite, externalRequests, phone, screenshot, type E2E } from './harness.ts';

t.setTimeout(180_000);
const { env, browserTest } = await e2eSuite(t);

type Hit = { id: string; title: string; distanceMeters?: number; isExample: boolean };
type Listing = { id: string; title: string; isExample: boolean; contact: { phone?: string; email?: string; website?: string } };

const api = async <T>({ product }: E2E, url: string): Promise<T> => {
  const res = await product.app.inject({ url });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
};

/** What the API says, to compare the pages with: the truth the pages must show. */
const demo = env && (await demoFacts(env));
async function demoFacts(env: E2E) {
  const search = (query: string) => api<{ total: number; hits: Hit[] }>(env, `/api/search?${query}`);
  const bibliotheek = await search('q=bibliotheek');
  const oba = bibliotheek.hits.find((h) => h.title.startsWith('OBA ') && !h.isExample);
  const example = (await api<{ items: Listing[] }>(env, '/api/listings?example=true&kind=activiteit&limit=1')).items[0];
  const withPhone = (await api<{ items: Listing[] }>(env, '/api/listings?kind=regeling&limit=100')).items.find((l) => l.contact.phone);
  if (!oba || !example || !withPhone) throw new Error('the demo gemeente no longer has an OBA library, an example activiteit or a regeling with a phone');
  return {
    bibliotheek,
    bibliotheekFree: await search('q=bibliotheek&free=true'),
    postcode: await search('postcode=1014AA'),
    zwembadPlek: await search('q=zwembad&kind=plek'),
    oba,
    example,
    withPhone,
  };
}

const facts = () => {
  if (!demo) throw new Error('no demo facts');
  return demo;
};

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Wat zoek je?' });
const postcodeField = (page: Page) => page.getByRole('textbox', { name: 'Waar? Postcode' });
const submit = (page: Page) => page.getByRole('button', { name: 'Zoeken', exact: true });
const resultsList = (page: Page) => page.getByRole('list', { name: 'Resultaten' });
const results = (page: Page) => resultsList(page).locator(':scope > li');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function resultTexts(page: Page): Promise<string[]> {
  await results(page).first().waitFor();
  return results(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText));
}

/** The title of each result: its first link. */
async function resultTitles(page: Page): Promise<string[]> {
  await results(page).first().waitFor();
  return results(page).evaluateAll((items) => items.map((li) => (li.querySelector('a')?.textContent ?? '').trim()));
}

/** "54 resultaten" / "1 resultaat" anywhere in the main content. */
async function shownCount(page: Page): Promise<number | null> {
  const text = await page.locator('main').innerText();
  const m = /(\d[\d.]*)\s+resulta(?:ten|at)\b/i.exec(text);
  return m ? Number(m[1]!.replace(/\./g, '')) : null;
}

/** Metres from "77 m", "1,2 km" or "1.2 km". */
function shownDistance(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s?(km|m)\b/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(',', '.'));
  return m[2] === 'km' ? n * 1000 : n;
}

async function listingPage(page: Page, { product }: E2E, id: string) {
  await page.goto(`${product.url}/aanbod/${id}`);
  await h1(page).waitFor();
}

/** A named check that waits (the page may still be loading) and lets the journey go on when it fails. */
async function shows(t: Test, locator: Locator, message: string) {
  try {
    await locator.first().waitFor();
    t.pass(message);
  } catch {
    t.fail(`${message}: not visible in time (${locator})`);
  }
}

async function waitForUrlChange(page: Page, before: string) {
  await page.waitForURL((url) => url.href !== before);
}

browserTest('search by word from the start page: the OBA libraries are listed', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Wat zoek je?' }).waitFor();
  await screenshot(page, 'desktop-start');
  await searchbox(page).fill('bibliotheek');
  await submit(page).click();
  await page.waitForURL(/\/zoeken\?(.*&)?q=bibliotheek/);
  const texts = await resultTexts(page);
  const obaItems = texts.filter((text) => /\bOBA\b/.test(text));
  t.ok(obaItems.length >= 3, `at least 3 OBA libraries in the list (found ${obaItems.length} of ${texts.length})`);
  t.equal((await resultTitles(page))[0], facts().bibliotheek.hits[0]!.title, 'the first result is the best match');
  await page.getByRole('region', { name: 'Kaart', exact: true }).waitFor();
  await screenshot(page, 'desktop-results', { fullPage: false });
});

browserTest('search by postcode: nearest first, with distances', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/`);
  await postcodeField(page).fill('1014 AA');
  await submit(page).click();
  await page.waitForURL(/\/zoeken\?(.*&)?postcode=1014/);
  const texts = await resultTexts(page);
  const distances = texts.slice(0, 10).map(shownDistance);
  t.ok(
    distances.every((d) => d !== null),
    `every result shows its distance (${distances.map((d) => d ?? 'none').join(', ')})`,
  );
  const known = distances.filter((d): d is number => d !== null);
  t.ok(
    known.every((d, i) => i === 0 || d >= known[i - 1]!),
    `ordered by distance: ${known.join(', ')}`,
  );
  const nearest = facts().postcode.hits[0]!;
  t.equal((await resultTitles(page))[0], nearest.title, `the nearest place first (${nearest.title}, ${nearest.distanceMeters} m)`);
});

browserTest('a filter chip changes the URL and the count, and the URL keeps it', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/zoeken?q=bibliotheek`);
  await results(page).first().waitFor();
  t.equal(await shownCount(page), facts().bibliotheek.total, 'the count of all results ("N resultaten")');
  const chip = page.getByRole('button', { name: /^Gratis\b/ });
  t.equal(await chip.getAttribute('aria-pressed'), 'false', 'the chip says it is not pressed');
  const before = page.url();
  await chip.click();
  await waitForUrlChange(page, before);
  t.not(page.url(), before, `the URL changed: ${page.url()}`);
  await page
    .waitForFunction((n) => new RegExp(`\\b${n}\\s+resulta`, 'i').test(document.querySelector('main')?.textContent ?? ''), facts().bibliotheekFree.total)
    .catch(() => {});
  t.equal(await shownCount(page), facts().bibliotheekFree.total, 'the count of free results');
  t.equal(await chip.getAttribute('aria-pressed'), 'true', 'the chip says it is pressed');
  await page.reload();
  await results(page).first().waitFor();
  t.equal(await shownCount(page), facts().bibliotheekFree.total, 'after a reload: the same count');
  t.equal(await page.getByRole('button', { name: /^Gratis\b/ }).getAttribute('aria-pressed'), 'true', 'after a reload: still pressed');
});

browserTest('a real place: title, source, actions; no "voorbeeld"; print from it', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/zoeken?q=bibliotheek`);
  const item = results(page).filter({ hasText: /\bOBA\b/ }).first();
  const title = (await item.getByRole('link').first().innerText()).trim();
  await item.getByRole('link').first().click();
  await page.waitForURL(/\/aanbod\/[0-9a-f-]{36}/);
  const id = /\/aanbod\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const listing = await api<Listing>(env, `/api/listings/${id}`);
  t.match(title, listing.title, 'the link in the list named the listing');
  await h1(page).waitFor();
  t.equal((await h1(page).innerText()).trim(), listing.title, 'the title is the h1');
  await shows(t, page.getByText('Bron: Gemeente Amsterdam'), 'shows "Bron: Gemeente Amsterdam"');
  for (const name of ['Bewaren', 'Klopt er iets niet?']) await shows(t, page.getByRole('button', { name, exact: true }), `button "${name}"`);
  // Printing goes to another page, so it may rightly be a link.
  const print = page.getByRole('button', { name: 'Print of bewaar als PDF', exact: true }).or(page.getByRole('link', { name: 'Print of bewaar als PDF', exact: true }));
  await shows(t, print, '"Print of bewaar als PDF"');
  t.equal(await page.getByText(/^voorbeeld$/i).count(), 0, 'a real place is not marked "voorbeeld"');
  await screenshot(page, 'desktop-listing');

  await print.first().click();
  await page.waitForURL(/\/printen\?/);
  t.match(page.url(), new RegExp(`[?&]ids=${id}\\b`), 'the print page is for this listing');
  await shows(t, page.getByText(listing.title, { exact: true }), 'the print page shows the listing');
});

browserTest('an example listing is marked "voorbeeld"', async (t, env, open) => {
  const { page } = await open(desktop);
  const { example } = facts();
  await listingPage(page, env, example.id);
  t.equal((await h1(page).innerText()).trim(), example.title, 'the title is the h1');
  await shows(t, page.getByText(/^voorbeeld$/i), 'a visible "voorbeeld" badge');
});

browserTest('a listing with a phone number: a phone link, before e-mail and website', async (t, env, open) => {
  const { page } = await open(desktop);
  const { withPhone } = facts();
  await listingPage(page, env, withPhone.id);
  const phoneLink = page.locator('main a[href^="tel:"]');
  await shows(t, phoneLink, 'a tel: link');
  t.match((await phoneLink.first().innerText()).replace(/\s/g, ''), withPhone.contact.phone!.replace(/\s/g, ''), `it shows the number ${withPhone.contact.phone}`);
  t.equal((await phoneLink.first().getAttribute('href'))?.replace(/[^\d+]/g, ''), withPhone.contact.phone!.replace(/[^\d+]/g, ''), 'it calls that number');
  const firstContact = await page.evaluate(
    (website) =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
        .find((a) => /^(tel|mailto):/.test(a.getAttribute('href') ?? '') || (website && a.href.startsWith(website)))
        ?.getAttribute('href'),
    withPhone.contact.website ?? '',
  );
  t.match(firstContact, /^tel:/, 'the phone link comes before e-mail and website');
});

browserTest('print view: the listings and a QR code', async (t, env, open) => {
  const { oba, example } = facts();
  for (const [name, size] of [['desktop', desktop], ['phone', phone]] as const) {
    const { page } = await open(size);
    await page.goto(`${env.product.url}/printen?ids=${oba.id},${example.id}`);
    for (const title of [oba.title, example.title]) {
      await shows(t, page.getByText(title, { exact: true }), `${name}: shows "${title}"`);
    }
    const qr = page.getByRole('img', { name: /QR/i }).first();
    await qr.waitFor();
    t.ok(
      await qr.evaluate((el) => !(el instanceof HTMLImageElement) || (el.complete && el.naturalWidth > 0)),
      `${name}: the QR code image is loaded`,
    );
    await screenshot(page, `${name}-print`);
  }
});

browserTest('favourites: "Bewaren" puts a listing on the "Bewaard" page, and it stays after a reload', async (t, env, open) => {
  const { page } = await open(desktop);
  const { oba } = facts();
  await listingPage(page, env, oba.id);
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Bewaard', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Bewaard' }).waitFor();
  const saved = page.locator('main').getByRole('link', { name: oba.title });
  await saved.first().waitFor();
  t.pass(`"${oba.title}" is on the Bewaard page`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Bewaard' }).waitFor();
  await saved.first().waitFor();
  t.pass('and still after a reload');
});

browserTest('a shared link restores the search: field, chip, first result', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/zoeken?q=zwembad&kind=plek`);
  const shared = await resultTitles(page);
  t.equal(await searchbox(page).inputValue(), 'zwembad', 'the search field is filled in');
  const plekChip = (page: Page) => page.getByRole('button', { name: /^plek\b/i });
  t.equal(await plekChip(page).getAttribute('aria-pressed'), 'true', 'the "Plek" chip is pressed');
  t.equal(await page.getByRole('button', { pressed: true }).count(), 1, 'and no other chip');
  t.equal(shared[0], facts().zwembadPlek.hits[0]!.title, 'the first result is the best match');

  // The same search by hand gives the same state.
  await page.goto(`${env.product.url}/`);
  await searchbox(page).fill('zwembad');
  await submit(page).click();
  await page.waitForURL(/\/zoeken\?/);
  await results(page).first().waitFor();
  const before = page.url();
  await plekChip(page).click();
  await waitForUrlChange(page, before);
  t.match(page.url(), /kind=plek/, 'the chip puts kind=plek in the URL');
  await page
    .waitForFunction((title) => document.querySelector('[aria-label="Resultaten"] > li a')?.textContent?.trim() === title, shared[0])
    .catch(() => {});
  t.same((await resultTitles(page)).slice(0, 5), shared.slice(0, 5), 'the same first results');
});

browserTest('English: the switch changes language and text, and the URL keeps ?lang=en', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Wat zoek je?' }).waitFor();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  t.pass('<html lang="en">');
  t.match(page.url(), /[?&]lang=en\b/, 'the URL has ?lang=en');
  await shows(t, page.getByRole('button', { name: 'Nederlands', exact: true }), 'the switch now offers "Nederlands"');
  const heading = (await h1(page).innerText()).trim();
  t.not(heading, 'Wat zoek je?', `the heading is English: "${heading}"`);
  await shows(t, page.getByRole('banner').getByRole('link', { name: 'Saved', exact: true }), 'the menu is English ("Saved")');
  t.match(await page.locator('footer').innerText(), /Having trouble with this website\?/, 'the footer is English');
  await page.getByRole('searchbox').fill('library');
  await page.getByRole('searchbox').press('Enter');
  await page.waitForURL(/\/zoeken\?/);
  t.match(page.url(), /[?&]lang=en\b/, 'the results URL keeps ?lang=en');
  await page.reload();
  await h1(page).waitFor();
  t.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'still English after a reload');
});

browserTest('keyboard only: skip link, search field, search button in order, with visible focus', async (t, env, open) => {
  const { page } = await open(desktop);
  await page.goto(`${env.product.url}/`);
  await searchbox(page).waitFor();
  await page.getByRole('link', { name: 'Naar de inhoud' }).evaluate((el) => el.setAttribute('data-e2e', 'skip'));
  await searchbox(page).evaluate((el) => el.setAttribute('data-e2e', 'search'));
  await submit(page).evaluate((el) => el.setAttribute('data-e2e', 'submit'));

  const order: string[] = [];
  const focusStyle: Record<string, { visible: boolean; inViewport: boolean; style: string }> = {};
  for (let i = 0; i < 25 && order.length < 3; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const mark = el?.getAttribute('data-e2e');
      if (!el || !mark) return null;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      return {
        mark,
        visible: el.matches(':focus-visible') && (outline || s.boxShadow !== 'none'),
        inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
        style: `outline ${s.outlineStyle} ${s.outlineWidth}; box-shadow ${s.boxShadow}`,
      };
    });
    if (focused && !order.includes(focused.mark)) {
      order.push(focused.mark);
      focusStyle[focused.mark] = focused;
    }
  }
  t.same(order, ['skip', 'search', 'submit'], 'Tab reaches the skip link, the search field and the search button, in that order');
  for (const [mark, f] of Object.entries(focusStyle)) {
    t.ok(f.visible, `${mark}: focus is visible (${f.style})`);
    t.ok(f.inViewport, `${mark}: on screen when focused`);
  }

  // The skip link works, and a search needs no mouse.
  await page.goto(`${env.product.url}/`);
  await searchbox(page).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  t.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'the skip link moves focus to the content');
  await searchbox(page).focus();
  await page.keyboard.type('bibliotheek');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/zoeken\?(.*&)?q=bibliotheek/);
  await results(page).first().waitFor();
  t.pass('Enter in the search field searches');
});

browserTest('phone: start, results with the Kaart/Lijst toggle, listing', async (t, env, open) => {
  const { page } = await open(phone);
  await page.goto(`${env.product.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Wat zoek je?' }).waitFor();
  await screenshot(page, 'phone-start');
  await searchbox(page).fill('koffie');
  await postcodeField(page).fill('1014 AA');
  await submit(page).click();
  await page.waitForURL(/\/zoeken\?/);
  await results(page).first().waitFor();
  await screenshot(page, 'phone-results', { fullPage: false });
  await page.getByRole('button', { name: 'Kaart', exact: true }).click();
  await page.getByRole('region', { name: 'Kaart', exact: true }).waitFor();
  t.pass('"Kaart" shows the map');
  await screenshot(page, 'phone-results-map');
  await page.getByRole('button', { name: 'Lijst', exact: true }).click();
  await results(page).first().waitFor();
  t.pass('"Lijst" shows the list again');
  await results(page).first().getByRole('link').first().click();
  await page.waitForURL(/\/aanbod\//);
  await h1(page).waitFor();
  await screenshot(page, 'phone-listing');
});

browserTest('no external requests: every page only talked to its own server', async (t, env) => {
  t.ok(allRequests.length > 0, `${allRequests.length} requests recorded`);
  t.same(externalRequests(allRequests, env.product.url), [], 'no request left 127.0.0.1');
});

