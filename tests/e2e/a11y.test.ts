// WCAG 2.1 AA in real Chromium: axe-core on every resident page at desktop and phone size, reflow at
// 200 % zoom without sideways scrolling, and the map's markers reachable from the list by keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import t from 'tap';
import type { Locator, Page } from 'playwright-core';
import { apiSignIn, asPerson, createPerson, desktop, e2eSuite, phone, settle, type E2E, type PageOptions } from './harness.ts';

t.setTimeout(180_000);
const { env, browserTest } = await e2eSuite(t);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] };

const obaId = env && (await firstRealLibrary(env));
async function firstRealLibrary({ product }: E2E) {
  const res = await product.app.inject({ url: '/api/search?q=bibliotheek&example=false' });
  const hit = (res.json() as { hits: { id: string; title: string }[] }).hits.find((h) => h.title.startsWith('OBA '));
  if (!hit) throw new Error('no OBA library in the demo gemeente');
  return hit.id;
}

/** For the account pages: a person to sign in as, and a "Klopt dit nog?" link for the OBA library. */
const accounts = env && obaId && (await accountFixtures(env, obaId));
async function accountFixtures({ product }: E2E, listingId: string) {
  const person = await createPerson(product, { name: 'Anna Jansen' });
  const admin = await createPerson(product, { role: 'admin' });
  const link = await asPerson<{ url: string }>(product, await apiSignIn(product, admin), 'GET', `/api/listings/${listingId}/freshness-link`);
  if (link.status !== 200) throw new Error(`freshness-link: ${link.status} ${JSON.stringify(link.body)}`);
  const url = new URL(link.body.url);
  return { person, checkPath: url.pathname + url.search };
}
const fixtures = () => {
  if (!accounts) throw new Error('no account fixtures');
  return accounts;
};

/**
 * For the owners' and stewards' pages: an untrusted organisation with a published listing, its
 * owner, a steward, and something in each of the steward's main queues (a resident's report, a
 * proposed change with its field diff, a new listing ter controle).
 */
const ownership = env && (await ownershipFixtures(env));
async function ownershipFixtures({ product }: E2E) {
  const admin = await apiSignIn(product, await createPerson(product, { role: 'admin' }));
  const organisation = await asPerson<{ id: string }>(product, admin, 'POST', '/api/organisations', { name: 'Buurtvereniging De Linde', form: 'vereniging' });
  const listing = await asPerson<{ id: string; version: number }>(product, admin, 'POST', '/api/listings', {
    kind: 'activiteit',
    title: 'Koffie-inloop De Linde',
    summary: 'Samen koffie drinken en bijpraten.',
    organisationId: organisation.body.id,
    status: 'gepubliceerd',
    locations: [{ name: 'Buurthuis', street: 'Eerste van Swindenstraat', houseNumber: '26', postcode: '1093 GC', place: 'Amsterdam', lat: 52.3597, lon: 4.9256 }],
    schedule: { rules: [{ days: ['TU'], opens: '10:00', closes: '12:00', weeksOfMonth: [2] }] },
    contact: { phone: '020 123 4567' },
  });
  if (listing.status !== 201) throw new Error(`listing: ${listing.status} ${JSON.stringify(listing.body)}`);
  const owner = await createPerson(product, { organisationIds: [organisation.body.id], name: 'Olga Organisator' });
  const steward = await createPerson(product, { role: 'steward', name: 'Sam Steunpunt' });
  const asOwner = await apiSignIn(product, owner);
  await product.app.inject({ method: 'POST', url: `/api/listings/${listing.body.id}/reports`, payload: { message: 'Het telefoonnummer klopt niet meer.' } });
  const proposed = await product.app.inject({
    method: 'PATCH',
    url: `/api/listings/${listing.body.id}`,
    headers: { cookie: asOwner.cookie, 'x-csrf-token': asOwner.csrfToken, 'if-match': `"${listing.body.version}"` },
    payload: { contact: { phone: '020 765 4321' } },
  });
  if (proposed.statusCode !== 202) throw new Error(`proposal: ${proposed.statusCode} ${proposed.body}`);
  await asPerson(product, asOwner, 'POST', '/api/listings', { kind: 'steun', title: 'Taalmaatje De Linde', organisationId: organisation.body.id, status: 'ter_controle' });
  return { listingId: listing.body.id, owner, steward };
}
const owned = () => {
  if (!ownership) throw new Error('no ownership fixtures');
  return ownership;
};

/** Signs in through the product's own form, then goes where `path` says. */
async function signedIn(page: Page, url: string, person: { email: string; password: string }) {
  await page.goto(`${url}/inloggen`);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((u) => u.pathname !== '/inloggen');
}

/** The pages a resident sees, each with what shows that it has finished loading. */
const pages = (): {
  name: string;
  path: string;
  prepare?: (page: Page, url: string) => Promise<void>;
  ready: (page: Page) => Promise<void>;
  /** After loading, bring the page into the state to check (e.g. a form showing its errors). */
  act?: (page: Page) => Promise<void>;
}[] => [
  { name: 'start', path: '/', ready: (page) => page.getByRole('heading', { level: 1, name: 'Wat zoek je?' }).waitFor() },
  { name: 'results', path: '/zoeken?q=koffie&postcode=1014AA', ready: (page) => page.getByRole('list', { name: 'Resultaten' }).locator(':scope > li').first().waitFor() },
  { name: 'listing', path: `/aanbod/${obaId}`, ready: (page) => page.getByRole('button', { name: 'Bewaren', exact: true }).waitFor() },
  { name: 'print', path: `/printen?ids=${obaId}`, ready: (page) => page.getByRole('img', { name: /QR/i }).first().waitFor() },
  {
    name: 'favourites',
    path: '/bewaard',
    // With one saved listing, so the list is checked too.
    prepare: async (page, url) => {
      await page.goto(`${url}/aanbod/${obaId}`);
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    },
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Bewaard' }).waitFor();
      await page.locator('main').getByRole('link').first().waitFor();
    },
  },
  { name: 'inloggen', path: '/inloggen', ready: (page) => page.getByRole('button', { name: 'Inloggen', exact: true }).waitFor() },
  {
    name: 'klopt-dit-nog',
    path: fixtures().checkPath,
    ready: (page) => page.getByRole('button', { name: 'Ja, dit klopt nog' }).waitFor(),
  },
  {
    name: 'meld-een-initiatief',
    path: '/meld-een-initiatief',
    ready: (page) => page.getByRole('button', { name: 'Versturen' }).waitFor(),
    // With the error summary and the field errors showing, so those are checked too.
    act: async (page) => {
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Kijk dit even na' }).waitFor();
    },
  },
  {
    name: 'account',
    path: '/account',
    prepare: async (page, url) => {
      const { person } = fixtures();
      await page.goto(`${url}/inloggen`);
      await page.getByRole('textbox', { name: 'E-mailadres' }).fill(person.email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(person.password);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    },
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
      await page.getByText('Je hebt nog geen sleutels.').waitFor();
    },
  },
  {
    name: 'mijn-aanbod',
    path: '/mijn-aanbod',
    prepare: (page, url) => signedIn(page, url, owned().owner),
    ready: (page) => page.getByRole('list', { name: 'Mijn aanbod' }).getByRole('listitem').first().waitFor(),
  },
  {
    name: 'editor',
    path: `/mijn-aanbod/${owned().listingId}`,
    prepare: (page, url) => signedIn(page, url, owned().owner),
    ready: (page) => page.getByRole('button', { name: 'Wijziging voorstellen' }).waitFor(),
    // With the history open (its field tables are checked too).
    act: async (page) => {
      await page.getByText('Bekijk wie wat heeft gewijzigd').click();
      await page.locator('.sk-history table').first().waitFor();
    },
  },
  {
    name: 'editor-preview',
    path: `/mijn-aanbod/${owned().listingId}`,
    prepare: (page, url) => signedIn(page, url, owned().owner),
    ready: (page) => page.getByRole('button', { name: 'Voorbeeld' }).waitFor(),
    act: async (page) => {
      await page.getByRole('button', { name: 'Voorbeeld' }).click();
      await page.getByRole('region', { name: 'Voorbeeld' }).waitFor();
    },
  },
  {
    name: 'editor-new-with-errors',
    path: '/mijn-aanbod/nieuw',
    prepare: (page, url) => signedIn(page, url, owned().owner),
    ready: (page) => page.getByRole('button', { name: 'Opslaan als concept' }).waitFor(),
    act: async (page) => {
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' }).waitFor();
    },
  },
  {
    name: 'beheer',
    path: '/beheer',
    prepare: (page, url) => signedIn(page, url, owned().steward),
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
      await page.getByRole('region', { name: /Voorgestelde wijzigingen/ }).getByRole('table').first().waitFor();
    },
    // With a "decline" reason form open.
    act: async (page) => {
      await page.getByRole('region', { name: /Voorgestelde wijzigingen/ }).getByRole('button', { name: /^Afwijzen/ }).first().click();
      await page.getByRole('textbox', { name: 'Waarom wijs je het af?' }).waitFor();
    },
  },
];

function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
}

for (const [size, options] of [
  ['desktop 1280×800', desktop],
  ['phone 375×740', phone],
] as [string, PageOptions][]) {
  browserTest(`axe (WCAG 2.1 A + AA), ${size}: no violations`, async (t, env, open) => {
    for (const p of pages()) {
      await t.test(p.name, async (t) => {
        const { page } = await open({ ...options, bypassCSP: true });
        await p.prepare?.(page, env.product.url);
        await page.goto(`${env.product.url}${p.path}`);
        await p.ready(page);
        await p.act?.(page);
        await settle(page);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (runOnly) => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
          const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
          return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
            id,
            impact,
            help,
            helpUrl,
            nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
          }));
        }, wcag);
        if (violations.length) console.error(`\naxe violations on ${p.name} (${size}, ${p.path}):\n${formatViolations(violations)}\n`);
        t.equal(violations.length, 0, `${p.name}: no axe violations`, { violations: violations.length ? formatViolations(violations) : undefined });
      });
    }
  });
}

browserTest('200 % zoom (1280×800 at 640×400 CSS px): no sideways scrolling', async (t, env, open) => {
  for (const p of pages()) {
    await t.test(p.name, async (t) => {
      const { page } = await open({ width: 640, height: 400, deviceScaleFactor: 1 });
      await p.prepare?.(page, env.product.url);
      await page.goto(`${env.product.url}${p.path}`);
      await p.ready(page);
      await p.act?.(page);
      await settle(page);
      const fit = await page.evaluate(() => {
        const tooWide = [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.leaflet-container'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right ${Math.round(el.getBoundingClientRect().right)} px)`);
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth, tooWide };
      });
      t.ok(
        fit.scrollWidth <= fit.innerWidth + 1,
        `${p.name}: page width ${fit.scrollWidth} px fits the ${fit.innerWidth} px window${fit.tooWide.length ? `; too wide: ${fit.tooWide.join(', ')}` : ''}`,
      );
    });
  }
});

/** The marker named `title` is visible inside the map region, its popup is open, or it has the focus. */
function shownOnMap([region, title]: readonly [Element | null, string]): boolean {
  if (!region) return false;
  if (region.contains(document.activeElement) && document.activeElement !== region) return true;
  if ([...region.querySelectorAll('.leaflet-popup, [role="dialog"]')].some((popup) => (popup.textContent ?? '').includes(title))) return true;
  const box = region.getBoundingClientRect();
  return [...region.querySelectorAll('[title], [aria-label]')].some((el) => {
    if (el.getAttribute('title') !== title && el.getAttribute('aria-label') !== title) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
  });
}

const RESULTS = '/zoeken?q=koffie&postcode=1014AA';

for (const [size, options] of [
  ['desktop', desktop],
  ['phone', phone],
] as [string, PageOptions][]) {
  browserTest(`map markers reachable from the list by keyboard (${size})`, async (t, env, open) => {
    const { page } = await open(options);
    await page.goto(`${env.product.url}${RESULTS}`);
    const items = page.getByRole('list', { name: 'Resultaten' }).locator(':scope > li');
    await items.first().waitFor();
    const showOnMap = (item: Locator) => item.getByRole('button', { name: /op (de )?kaart/i });

    // Every result with an address has the button (online-only ones have no marker).
    const answer = (await env.product.app.inject({ url: `/api/search?${RESULTS.split('?')[1]}&limit=100` })).json() as {
      hits: { title: string; location: { lat?: number } | null }[];
    };
    const located = new Set(answer.hits.filter((h) => h.location?.lat !== undefined).map((h) => h.title));
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        title: (li.querySelector('a')?.textContent ?? '').trim(),
        button: [...li.querySelectorAll('button')].some((b) => /op (de )?kaart/i.test(`${b.textContent} ${b.getAttribute('aria-label') ?? ''}`)),
      })),
    );
    const missing = rows.filter((r) => located.has(r.title) && !r.button).map((r) => r.title);
    t.same(missing, [], `every result with an address (${rows.filter((r) => located.has(r.title)).length} of ${rows.length}) has a "Toon op kaart" button`);

    // Take a result whose marker is not in view yet (in a cluster, or the map not shown), so the
    // button has something to do.
    const map = page.getByRole('region', { name: 'Kaart', exact: true });
    let index = 0;
    let before = 'the map not shown yet';
    if (await map.count()) {
      before = 'every marker already in view';
      await settle(page);
      const handle = await map.elementHandle();
      for (let i = 0; i < rows.length; i++) {
        if (rows[i]!.button && !(await page.evaluate(shownOnMap, [handle, rows[i]!.title] as const))) {
          index = i;
          before = 'its marker not in view before';
          break;
        }
      }
    }
    const item = items.nth(index);
    const title = rows[index]!.title;

    // Tab from the result's link to its button, then Enter.
    await item.getByRole('link').first().focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await showOnMap(item).first().evaluate((el) => el === document.activeElement);
    }
    t.ok(reached, `Tab from the link of "${title}" reaches its "Toon op kaart" button`);
    await page.keyboard.press('Enter');
    await map.waitFor();
    const shown = await page.waitForFunction(shownOnMap, [await map.elementHandle(), title] as const).then(
      () => true,
      () => false,
    );
    t.ok(shown, `Enter shows "${title}" on the map (${before}; now its marker in view, its popup open, or the focus on it)`);
    const said = await page.locator('[aria-live="polite"]').filter({ hasText: title }).count();
    t.ok(said > 0, `a screen reader hears that "${title}" is shown on the map`);
  });
}
