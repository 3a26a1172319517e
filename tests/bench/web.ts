// Benchmark: the resident's web app in real Chromium against the real server with the demo
// gemeente. Prints figures next to the budgets; asserts nothing.
//
//   npm run bench:web                  (needs /usr/bin/chromium and a built web app: npm run build)
//
// (a) first page JavaScript: every script the start page loads, as transferred, decoded and gzipped
//     (node:zlib, level 9), against the budget of 200 KB gzipped;
// (b) LCP of the results page with 4× CPU throttling, median of BENCH_RUNS (5) cold loads (a new
//     browser context each: empty cache), against the budget of 1500 ms; and when the first result
//     is in the page, since the LCP element may be the heading that paints before the results.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, newPage, startProduct } from '../e2e/harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RESULTS_PATH = '/zoeken?q=koffie&postcode=1014AA';
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const browser = await launchBrowser();
if (!browser) process.exit(1);
const product = await startProduct();

try {
  await firstPageJs();
  await resultsLcp();
} finally {
  await browser.close();
  await product.close();
}

async function firstPageJs() {
  const tab = await newPage(browser!, { width: 1280, height: 800 });
  const scripts: { url: string; transferred: number; decoded: number; gzipped: number }[] = [];
  const pending: Promise<void>[] = [];
  tab.page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        scripts.push({
          url: response.url().replace(product.url, ''),
          transferred: sizes.responseHeadersSize + sizes.responseBodySize,
          decoded: body.length,
          gzipped: gzipSync(body, { level: 9 }).length,
        });
      })(),
    );
  });
  await tab.page.goto(`${product.url}/`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await tab.close();

  const sum = (key: 'transferred' | 'decoded' | 'gzipped') => scripts.reduce((n, s) => n + s[key], 0);
  console.log(`first page scripts (${scripts.length}):`);
  for (const s of scripts) console.log(`  ${s.url}: ${kb(s.transferred)} KB transferred, ${kb(s.decoded)} KB decoded, ${kb(s.gzipped)} KB gzipped`);
  console.log(`first page JS: ${kb(sum('transferred'))} KB transferred, ${kb(sum('decoded'))} KB decoded`);
  console.log(`first page JS: ${kb(sum('gzipped'))} KB gzipped (budget 200 KB)`);
}

async function resultsLcp() {
  const runs: { ms: number; element: string; firstResult: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const tab = await newPage(browser!, { width: 1280, height: 800 });
    const cdp = await tab.context.newCDPSession(tab.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Also when the first result is in the page: LCP may be the heading, painted before the results.
    await tab.page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[aria-label="Resultaten"] > li')) return;
        performance.mark('first-result');
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await tab.page.goto(`${product.url}${RESULTS_PATH}`, { waitUntil: 'load' });
    const settled = await resultsShown(tab.page);
    const found = await lcp(tab.page);
    const firstResult = await tab.page.evaluate(() => performance.getEntriesByName('first-result')[0]?.startTime ?? NaN);
    runs.push({ ms: found.ms, firstResult, element: found.element + (settled ? '' : ' (the results list never showed)') });
    if (tab.problems.length) console.log(`  run ${i + 1}: ${tab.problems.join('; ')}`);
    await tab.close();
  }
  for (const [i, r] of runs.entries()) {
    console.log(`  run ${i + 1}: LCP ${Math.round(r.ms)} ms (${r.element}); first result in the page at ${Math.round(r.firstResult)} ms`);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  console.log(`LCP p50 ${Math.round(median(runs.map((r) => r.ms)))} ms (budget 1500 ms) on ${RESULTS_PATH}, 4× CPU throttling, ${RUNS} cold loads`);
  console.log(`first result p50 ${Math.round(median(runs.map((r) => r.firstResult)))} ms`);
}

/** The page has painted its results (or gave up after 15 s, so the figure is still printed). */
async function resultsShown(page: Page): Promise<boolean> {
  try {
    await page.getByRole('list', { name: 'Resultaten' }).locator(':scope > li').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return true;
  } catch {
    return false;
  }
}

/** The last largest-contentful-paint candidate: its time and what it painted. */
function lcp(page: Page): Promise<{ ms: number; element: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
          const el = entry?.element;
          resolve({
            ms: entry?.startTime ?? NaN,
            element: el ? `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'element gone',
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve({ ms: NaN, element: 'no LCP entry' }), 5_000);
      }),
  );
}
