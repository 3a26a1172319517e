// Search quality on the judged Dutch queries (./judgments.ts), through the real HTTP API of the
// product with the demo gemeente loaded: the embedded engine, Meilisearch as the product configures
// it, and — for comparison only — Meilisearch with default settings on the same documents.
//
// Run: npx tap tests/search/quality.test.ts
// The report is printed and written to tests/search/last-report.txt (a generated file; it belongs
// in .gitignore).
//
// A hit counts as relevant when ANY of its listing's source ids (mvzn ids) is judged; the best
// grade among them is used. Listings are mapped to source ids once per app through
// /api/listings?example=false.
import t, { type Test } from 'tap';
import { writeFileSync } from 'node:fs';
import { Meilisearch } from 'meilisearch';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../api/config.ts';
import { tempDir, testConfig, testApp } from '../helpers.ts';
import { formatReport, ndcgAt, summarise, type QueryResult, type Summary } from './evaluate.ts';
import { judgedQueries, type JudgedQuery } from './judgments.ts';
import { startMeilisearch } from './meili-harness.ts';

const K = 10;
const FLOOR_NDCG = 0.8; // goal 0.85
const FLOOR_ZERO_RESULT_RATE = 0.1; // goal 5 %
const REPORT_PATH = new URL('./last-report.txt', import.meta.url);

interface ListingLike {
  id: string;
  title: string;
  summary?: string;
  description?: string;
  sources: Array<{ system: string; id: string }>;
  locations: Array<{ name?: string; street?: string; houseNumber?: string; postcode?: string; place?: string; areaCodes?: string[] }>;
}

async function getJson<T>(app: FastifyInstance, url: string): Promise<T> {
  const res = await app.inject({ url });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
  return res.json() as T;
}

/** Every real (non-example) listing, page by page. */
async function realListings(app: FastifyInstance): Promise<ListingLike[]> {
  const all: ListingLike[] = [];
  for (let page = 1; ; page++) {
    const body = await getJson<{ total: number; items: ListingLike[] }>(app, `/api/listings?example=false&limit=200&page=${page}`);
    all.push(...body.items);
    if (body.items.length === 0 || all.length >= body.total) break;
  }
  return all;
}

/** listing id → its mvzn source ids. */
function sourceMap(listings: readonly ListingLike[]): Map<string, string[]> {
  return new Map(listings.map((l) => [l.id, l.sources.map((s) => s.id)]));
}

/**
 * The id under which a hit is judged for one query: the judged source id with the highest grade,
 * else the listing's first source id (not judged: gain 0), else the listing id itself.
 */
function judgedIdOf(listingId: string, sources: Map<string, string[]>, relevant: JudgedQuery['relevant']): string {
  const ids = sources.get(listingId) ?? [];
  let best: string | undefined;
  for (const id of ids) if (relevant[id] !== undefined && (best === undefined || relevant[id]! > relevant[best]!)) best = id;
  return best ?? ids[0] ?? `listing:${listingId}`;
}

type Search = (q: string) => Promise<{ total: number; listingIds: string[] }>;

async function evaluate(search: Search, sources: Map<string, string[]>): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const jq of judgedQueries) {
    const { total, listingIds } = await search(jq.q);
    const ranked = listingIds.slice(0, K).map((id) => judgedIdOf(id, sources, jq.relevant));
    results.push({ q: jq.q, category: jq.category, ndcg: ndcgAt(K, ranked, jq.relevant), total });
  }
  return results;
}

/** The product's own endpoint: GET /api/search?q=…&example=false&limit=10. */
function apiSearch(app: FastifyInstance): Search {
  return async (q) => {
    const body = await getJson<{ total: number; hits: Array<{ id: string }> }>(
      app,
      `/api/search?q=${encodeURIComponent(q)}&example=false&limit=${K}`,
    );
    return { total: body.total, listingIds: body.hits.map((h) => h.id) };
  };
}

async function demoApp(t: Test, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await testApp(testConfig(tempDir(t), { loadDemo: true, ...overrides }));
  t.teardown(() => app.close());
  // Wait until every listing written by the demo load is in the search index.
  await app.searchIndexer.drain();
  return app;
}

const reports: string[] = [];
const summaries: Record<string, Summary> = {};

function report(engine: string, results: QueryResult[], extra = ''): Summary {
  const summary = summarise(results);
  const text = formatReport(engine, summary) + (extra ? `\n${extra}` : '');
  console.log(`\n${text}\n`);
  reports.push(text);
  summaries[engine] = summary;
  return summary;
}

t.teardown(() => {
  if (!reports.length) return;
  const header = [
    `Search quality report — ${new Date().toISOString()}`,
    `${judgedQueries.length} judged queries (tests/search/judgments.ts), nDCG@${K} with graded gain 2^rel − 1.`,
    '',
  ];
  const compare = Object.entries(summaries).map(
    ([engine, s]) => `${engine.padEnd(22)} nDCG@${K} ${s.meanNdcg.toFixed(3)}   zero-result ${(s.zeroResultRate * 100).toFixed(1)} %`,
  );
  writeFileSync(REPORT_PATH, [...header, ...compare, '', ...reports.flatMap((r) => [r, ''])].join('\n'));
});

t.test('the judgments refer to real source rows', async (t) => {
  const app = await testApp(testConfig(tempDir(t), { loadDemo: true }));
  t.teardown(() => app.close());
  const known = new Set((await realListings(app)).flatMap((l) => l.sources.map((s) => s.id)));
  t.equal(known.size, 562, 'all source rows are loaded');
  const unknown = judgedQueries.flatMap((jq) => Object.keys(jq.relevant).filter((id) => !known.has(id)).map((id) => `${jq.q}: ${id}`));
  t.same(unknown, [], 'every judged id is a source id of a real listing');
  t.ok(judgedQueries.length >= 70, `${judgedQueries.length} judged queries`);
  t.same(
    judgedQueries.filter((jq) => Object.keys(jq.relevant).length === 0).map((jq) => jq.q),
    [],
    'every query has at least one relevant listing',
  );
  t.equal(new Set(judgedQueries.map((jq) => jq.q)).size, judgedQueries.length, 'no query is judged twice');
});

t.test('embedded engine', async (t) => {
  const app = await demoApp(t, { searchEngine: 'embedded' });
  const sources = sourceMap(await realListings(app));
  const results = await evaluate(apiSearch(app), sources);
  t.equal(results.length, judgedQueries.length, 'every judged query was evaluated');
  const s = report('embedded', results);
  t.ok(s.meanNdcg >= FLOOR_NDCG, `mean nDCG@${K} ${s.meanNdcg.toFixed(3)} ≥ ${FLOOR_NDCG} (goal 0.85)`);
  t.ok(
    s.zeroResultRate <= FLOOR_ZERO_RESULT_RATE,
    `zero-result rate ${(s.zeroResultRate * 100).toFixed(1)} % ≤ ${FLOOR_ZERO_RESULT_RATE * 100} % (goal 5 %)`,
  );
});

t.test('Meilisearch', async (t) => {
  const meili = await startMeilisearch();
  if (!meili) {
    console.error('\nMEILISEARCH NOT AVAILABLE: the meilisearch and meilisearch-default evaluations are SKIPPED.\n');
    t.plan(0, 'SKIP: Meilisearch binary unavailable (see the warning above)');
    return;
  }
  t.teardown(() => meili.stop());

  await t.test('as the product configures it', async (t) => {
    const app = await demoApp(t, { searchEngine: 'meilisearch', meiliUrl: meili.url, meiliKey: meili.apiKey });
    const sources = sourceMap(await realListings(app));
    const results = await evaluate(apiSearch(app), sources);
    t.equal(results.length, judgedQueries.length, 'every judged query was evaluated');
    report('meilisearch', results);
  });

  await t.test('with default settings (baseline)', async (t) => {
    // The same real listings, from the product's API, in a fresh index with only the primary key
    // set and no settings at all; the raw query text is searched with limit 10.
    const app = await testApp(testConfig(tempDir(t), { loadDemo: true }));
    t.teardown(() => app.close());
    const listings = await realListings(app);
    const areaNames = new Map(
      (await getJson<{ items: Array<{ code: string; name: string }> }>(app, '/api/areas')).items.map((a) => [a.code, a.name]),
    );
    const documents = listings.map((l) => ({
      id: l.id,
      title: l.title,
      summary: l.summary ?? '',
      description: l.description ?? '',
      locationNames: l.locations.map((loc) => loc.name).filter(Boolean),
      streets: l.locations.map((loc) => [loc.street, loc.houseNumber].filter(Boolean).join(' ')).filter(Boolean),
      postcodes: l.locations.map((loc) => loc.postcode).filter(Boolean),
      places: l.locations.map((loc) => loc.place).filter(Boolean),
      // Plain data, not a setting: the stadsdeel and buurt names the server derived for the location.
      areas: [...new Set(l.locations.flatMap((loc) => loc.areaCodes ?? []).map((c) => areaNames.get(c)).filter(Boolean))],
    }));
    const client = new Meilisearch({ host: meili.url, apiKey: meili.apiKey });
    const index = client.index('listings_default');
    const task = await index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: 30_000 });
    t.equal(task.status, 'succeeded', `indexed ${documents.length} documents`);

    const search: Search = async (q) => {
      const res = await index.search(q, { limit: K });
      return { total: res.estimatedTotalHits ?? res.hits.length, listingIds: res.hits.map((h) => String(h['id'])) };
    };
    const results = await evaluate(search, sourceMap(listings));
    t.equal(results.length, judgedQueries.length, 'every judged query was evaluated');
    report(
      'meilisearch-default',
      results,
      'Fields: title, summary, description, location names, streets, postcodes, places, area names. No settings.',
    );
  });
});
