// Browser tests drive the real product in real Chromium (Debian's, at /usr/bin/chromium, or
// CHROMIUM_PATH): the app runs in-process on 127.0.0.1 with the demo gemeente, and every page is
// checked for console errors. Without Chromium the tests skip with a loud warning.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Test } from 'tap';
import { testConfig, testApp } from '../helpers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = join(root, 'web');
const webIndex = join(webDir, 'dist/index.html');
const screenshotDir = join(root, 'tests/e2e/screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromiumMissing = `Chromium not found at ${chromiumPath}`;

export type Product = { url: string; app: FastifyInstance; close: () => Promise<void> };

/** The real app with the demo gemeente, listening on a free port; the web app must be built. */
export async function startProduct(): Promise<Product> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'sociale-kaart-e2e-'));
  // The port is known before the app is built, so links in e-mails point at this very server.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = await testApp(testConfig(dataDir, { loadDemo: true, publicUrl: url }));
  await app.listen({ port, host: '127.0.0.1' });
  await app.searchIndexer.drain();
  return {
    url,
    app,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm test` builds the web app first (pretest). When a test file is run on its own and there is
 * no build, build it once; test files run in parallel, so the build happens under a lock.
 */
function ensureWebBuilt() {
  if (existsSync(webIndex)) {
    const built = statSync(webIndex).mtimeMs;
    const newer = newestSource(webDir);
    if (newer && newer.mtimeMs > built) {
      console.error(`note: ${newer.path} is newer than web/dist: run "npm run build" to test the current web app`);
    }
    return;
  }
  const lock = join(tmpdir(), `sociale-kaart-web-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(webIndex)) return;
      if (Date.now() > deadline) throw new Error(`waited 120 s for another web build (lock ${lock})`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!existsSync(webIndex)) {
      console.error('web/dist/index.html is missing: building the web app (npx vite build --config web/vite.config.ts)');
      execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function newestSource(dir: string): { path: string; mtimeMs: number } | null {
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? newestSource(path) : { path, mtimeMs: statSync(path).mtimeMs };
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Debian's Chromium, headless; null (with a warning nobody can miss) when it is not installed. */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(chromiumPath)) {
    const bar = '!'.repeat(72);
    console.error(
      [
        '',
        bar,
        '!!! WARNING: Chromium not found — browser tests SKIPPED',
        `!!! ${chromiumMissing}.`,
        '!!! The resident journeys, accessibility and zoom checks did NOT run.',
        '!!! Install it: apt-get install -y --no-install-recommends chromium fonts-dejavu-core',
        bar,
        '',
      ].join('\n'),
    );
    return null;
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type PageOptions = {
  width: number;
  height: number;
  locale?: string;
  deviceScaleFactor?: number;
  isMobile?: boolean;
  /** Only to inject test tools (axe) as inline scripts, which the app's CSP rightly refuses. */
  bypassCSP?: boolean;
};

export const desktop: PageOptions = { width: 1280, height: 800 };
export const phone: PageOptions = { width: 375, height: 740, isMobile: true };

export type Tab = {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  problems: string[];
  close: () => Promise<void>;
};

/** Every request of every tab opened in this process (for the "no external requests" check). */
export const allRequests: string[] = [];

/** Requests under way per page, and when the last one ended. */
const traffic = new WeakMap<Page, { pending: number; lastChange: number }>();

/**
 * Wait until the page has had no request under way for `quietMs` (at most `maxMs`). Unlike
 * Playwright's "networkidle", this also works after navigating inside the app, where the document
 * does not load again but pages fetch data and lazy code (the maps).
 */
export async function settle(page: Page, { quietMs = 500, maxMs = 8_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const state = traffic.get(page);
    if (!state || (state.pending === 0 && Date.now() - state.lastChange >= quietMs) || Date.now() - started > maxMs) return;
    await page.waitForTimeout(100);
  }
}

/** A fresh browser context (own storage, like a new resident) with one page. */
export async function newPage(browser: Browser, options: PageOptions): Promise<Tab> {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  // A missing element should fail in seconds, not after Playwright's default 30 s (with room for
  // a busy CI machine running other test files at the same time).
  context.setDefaultTimeout(8_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  const state = { pending: 0, lastChange: Date.now() };
  traffic.set(page, state);
  const ended = () => {
    state.pending = Math.max(0, state.pending - 1);
    state.lastChange = Date.now();
  };
  page.on('request', (request) => {
    requests.push(request.url());
    allRequests.push(request.url());
    state.pending++;
    state.lastChange = Date.now();
  });
  page.on('requestfinished', ended);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource: 404" names its resource only in the location.
    const source = message.location().url;
    problems.push(`console.error on ${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    ended();
    // Leaving a page cancels its pending requests; that is not a fault of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed on ${page.url()}: ${request.url()} ${request.failure()?.errorText}`);
  });
  return { page, context, requests, problems, close: () => context.close() };
}

/** A PNG in tests/e2e/screenshots/<name>.png (gitignored) for people to look at: the whole page, or what fits the window. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  if (fullPage) {
    // Parts that load when scrolled into view (the listing's map) should be in the picture too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, 0));
  } else {
    await settle(page);
  }
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Requests that leave the server's own origin (data: and blob: are local). */
export function externalRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && url !== origin && !url.startsWith('data:') && !url.startsWith('blob:'));
}

export type E2E = { browser: Browser; product: Product };

/**
 * The set-up of an e2e test file: one browser and one product for all its tests, closed at the
 * end. Without Chromium every test registered through `browserTest` is skipped.
 */
export async function e2eSuite(t: Test): Promise<{
  env: E2E | null;
  browserTest: (name: string, fn: (t: Test, env: E2E, open: (options: PageOptions) => Promise<Tab>) => Promise<void>) => void;
}> {
  const browser = await launchBrowser();
  if (!browser) t.comment(`WARNING: ${chromiumMissing} — browser tests SKIPPED`);
  let product: Product | null = null;
  t.teardown(async () => {
    await browser?.close();
    await product?.close();
  });
  if (browser) product = await startProduct();
  const env = browser && product ? { browser, product } : null;
  const browserTest = (name: string, fn: (t: Test, env: E2E, open: (options: PageOptions) => Promise<Tab>) => Promise<void>) => {
    t.test(name, { skip: env ? false : `${chromiumMissing} (browser tests SKIPPED)` }, async (t) => {
      if (!env) return;
      const tabs: Tab[] = [];
      const open = async (options: PageOptions) => {
        const tab = await newPage(env.browser, options);
        tabs.push(tab);
        return tab;
      };
      try {
        await fn(t, env, open);
      } finally {
        for (const tab of tabs) {
          t.same(tab.problems, [], 'no console errors or page errors');
          await tab.close();
        }
      }
    });
  };
  return { env, browserTest };
}


// ——— People and sessions (accounts e2e) ———

export type Person = { id: string; email: string; name: string; password: string };
export type ApiSession = { cookie: string; csrfToken: string };

let people = 0;

/** An active account straight in the store (as the command line makes the first admin), with a known password. */
export async function createPerson(
  { app }: Product,
  options: { role?: 'member' | 'steward' | 'professional' | 'analyst' | 'admin'; organisationIds?: string[]; name?: string; password?: string } = {},
): Promise<Person> {
  const { hashPassword } = await import('../../api/accounts/secrets.ts');
  const n = ++people;
  const password = options.password ?? `een-lang-wachtwoord-${n}-${Date.now()}`;
  const email = `persoon${n}.${Date.now()}@voorbeeld.nl`;
  const name = options.name ?? `Test Persoon ${n}`;
  const user = app.stores.accounts.createActive({
    email,
    name,
    passwordHash: await hashPassword(password),
    role: options.role ?? 'member',
    organisationIds: options.organisationIds ?? [],
  });
  return { id: user.id, email, name, password };
}

/** Signs in through the API: the cookie and CSRF token to act as this person with `asPerson`. */
export async function apiSignIn({ app }: Product, person: Pick<Person, 'email' | 'password'>): Promise<ApiSession> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: person.email, password: person.password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${person.email}: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c): c is string => typeof c === 'string' && c.startsWith('sk_session='));
  if (!setCookie) throw new Error('sign-in set no sk_session cookie');
  return { cookie: setCookie.split(';')[0]!, csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** An API request as a signed-in person (cookie + CSRF token, as the web app sends them). */
export async function asPerson<T>(
  { app }: Product,
  session: ApiSession,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await app.inject({
    method,
    url,
    headers: { ...headers, cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, body: (res.body ? res.json() : null) as T, headers: res.headers };
}

/**
 * The browser logs every 4xx answer as a console error. Where a test provokes one on purpose (a
 * wrong password, a used link), take exactly those out of the tab's problems, so every other
 * console error still fails the test.
 */
export function expectFailedResponses(tab: Tab, status: number, urlPart: string): number {
  const expected = (p: string) => p.includes(`status of ${status}`) && p.includes(urlPart);
  const before = tab.problems.length;
  const kept = tab.problems.filter((p) => !expected(p));
  tab.problems.splice(0, tab.problems.length, ...kept);
  return before - kept.length;
}
