// WCAG 2.1 AA in real Chromium: axe-core on every resident page at desktop and phone size, reflow at
// 200 % zoom without sideways scrolling, and the map's markers reachable from the list by keyboard.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import t from 'tap';
import type { Locator, Page } from 'playwright-core';
import { desktop, e2eSuite, phone, settle, type E2E, type PageOptions } from './harness.ts';

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

/** The pages a resident sees, each with what shows that it has finished loading. */
const pages = (): { name: string; path: string; prepare?: (page: Page, url: string) => Promise<void>; ready: (page: Page) => Promise<void> }[] => [
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
