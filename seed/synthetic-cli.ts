// Loads synthetic listings (seed/synthetic.ts) into the database in DATA_DIR, for benchmarks and
// load tests. Never mixes in the demo content: the app is built with `loadDemo: false`; an empty
// database first gets the demo gemeente's configuration only (gemeente, areas, seed taxonomy),
// so the server can fill in area codes and check taxonomy slugs.
//
//   npm run seed:synthetic -- --count 100000 [--seed 1]
//
// The search indexer (app.searchIndexer) indexes between batches; the CLI waits for it before
// closing. The helpers are exported for tests/bench/search.ts; the CLI runs only when this file is
// the entry point.
import { realpathSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp, databaseFile } from '../api/app.ts';
import { loadConfig } from '../api/config.ts';
import { ListingInput } from '../api/listings/schemas.ts';
import { TaxonomyTermInput } from '../api/taxonomy/schemas.ts';
import { createTaxonomyStore } from '../api/taxonomy/store.ts';
import { immediate, openDatabase } from '../db/client.ts';
import { listings } from '../db/schema.ts';
import { loadDemoConfiguration, needsDemo } from './demo.ts';
import { syntheticListings } from './synthetic.ts';
import { seedSynonyms, seedTaxonomy } from './taxonomy.ts';

export const maxSyntheticCount = 1_000_000;
export const syntheticBatchSize = 5_000;

/**
 * Gives an empty database the demo gemeente's configuration without its content: the gemeente
 * row, its areas and the seed taxonomy. Runs before the app is built, on its own connection, so
 * the app (and its search engine) start with everything in place, as on a normal restart.
 * A database that already has a gemeente is left alone. Returns what it found and did.
 */
export function prepareSyntheticGemeente(dataDir: string): { created: boolean; existingListings: number } {
  const db = openDatabase(databaseFile(dataDir));
  try {
    const existingListings = db.select({ n: count() }).from(listings).get()?.n ?? 0;
    if (!needsDemo(db)) return { created: false, existingListings };
    db.transaction(() => loadDemoConfiguration(db, createTaxonomyStore(db)), immediate);
    return { created: true, existingListings };
  } finally {
    db.$client.close();
  }
}

/** The seed taxonomy, when the gemeente exists but has none (e.g. a database made by tests). */
export function ensureSeedTaxonomy(app: FastifyInstance): boolean {
  if (app.stores.taxonomy.get().vocabularies.deelambitie.length > 0) return false;
  app.stores.taxonomy.replace(
    seedTaxonomy.map((t) => TaxonomyTermInput.parse(t)),
    seedSynonyms,
  );
  return true;
}

export type InsertTimings = { count: number; generateMs: number; validateMs: number; storeMs: number; totalMs: number };

/**
 * Inserts `count` synthetic listings of run `seed` (from number `offset`) in batches of
 * `batchSize`, each batch one transaction via `store.createMany`. With `yieldBetweenBatches`
 * the event loop gets a turn after each batch (progress output, a background indexer); without
 * it the inserts run back to back, so an indexer only starts once they are all in.
 */
export async function insertSynthetic(
  app: FastifyInstance,
  opts: {
    count: number;
    seed?: number;
    offset?: number;
    batchSize?: number;
    yieldBetweenBatches?: boolean;
    onBatch?: (done: number, t: InsertTimings) => void;
  },
): Promise<InsertTimings> {
  const { count: total, seed = 1, offset = 0, batchSize = syntheticBatchSize, yieldBetweenBatches = true } = opts;
  const t: InsertTimings = { count: 0, generateMs: 0, validateMs: 0, storeMs: 0, totalMs: 0 };
  const start = performance.now();
  for (let done = 0; done < total; ) {
    const n = Math.min(batchSize, total - done);
    const t0 = performance.now();
    const raw = syntheticListings(n, seed, offset + done);
    const t1 = performance.now();
    const parsed = raw.map((l) => ListingInput.parse(l));
    const t2 = performance.now();
    app.stores.listings.createMany(parsed);
    const t3 = performance.now();
    done += n;
    t.count = done;
    t.generateMs += t1 - t0;
    t.validateMs += t2 - t1;
    t.storeMs += t3 - t2;
    t.totalMs = t3 - start;
    opts.onBatch?.(done, t);
    if (yieldBetweenBatches) await new Promise((resolve) => setImmediate(resolve));
  }
  t.totalMs = performance.now() - start;
  return t;
}

export const perSecond = (n: number, ms: number) => (ms > 0 ? Math.round(n / (ms / 1000)) : Infinity);
const fmt = (n: number) => n.toLocaleString('en-US');

/** Parses `--count N [--seed S]`; returns a message instead when the arguments are wrong. */
export function parseSyntheticArgs(argv: string[]): { count: number; seed: number } | { error: string } {
  const usage = `Usage: npm run seed:synthetic -- --count N [--seed S]   (N from 1 to ${fmt(maxSyntheticCount)})`;
  let values: { count?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { count: { type: 'string', short: 'n' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { error: `${(e as Error).message}\n${usage}` };
  }
  if (values.help) return { error: usage };
  if (values.count === undefined) return { error: `--count is missing.\n${usage}` };
  // "100000", "100_000", "100.000" and "100,000" all mean the same; "1.5" is not a count.
  const wholeNumber = (s: string) => (/^(\d+|\d{1,3}([_.,]\d{3})+)$/.test(s.trim()) ? Number(s.trim().replace(/[_.,]/g, '')) : NaN);
  const n = wholeNumber(values.count);
  if (!Number.isSafeInteger(n) || n < 1 || n > maxSyntheticCount)
    return { error: `--count must be a whole number from 1 to ${fmt(maxSyntheticCount)}, not "${values.count}".\n${usage}` };
  const seed = values.seed === undefined ? 1 : wholeNumber(values.seed);
  if (!Number.isSafeInteger(seed) || seed > 0xffffffff) return { error: `--seed must be a whole number from 0 to 4294967295, not "${values.seed}".` };
  return { count: n, seed };
}

async function main() {
  const args = parseSyntheticArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const file = databaseFile(config.dataDir);
  console.log(`Synthetic listings: ${fmt(args.count)} (seed ${args.seed}) into ${file}`);

  const prepared = prepareSyntheticGemeente(config.dataDir);
  if (prepared.created) console.log('Empty database: loaded the demo gemeente configuration (gemeente, areas, seed taxonomy), no demo content.');
  if (prepared.existingListings > 0)
    console.warn(
      `Note: the database already holds ${fmt(prepared.existingListings)} listings; the synthetic ones are added to them. Use an empty DATA_DIR for a clean benchmark.`,
    );

  const app = await buildApp({ ...config, loadDemo: false });
  try {
    if (ensureSeedTaxonomy(app)) console.log('Loaded the seed taxonomy.');
    let lastPrint = 0;
    const start = performance.now();
    const t = await insertSynthetic(app, {
      count: args.count,
      seed: args.seed,
      onBatch: (done, t) => {
        if (done === args.count || t.totalMs - lastPrint >= 1000) {
          lastPrint = t.totalMs;
          console.log(
            `  ${fmt(done).padStart(9)} / ${fmt(args.count)}   ${fmt(perSecond(done, t.storeMs)).padStart(7)} /s stored   ${fmt(perSecond(done, t.totalMs)).padStart(7)} /s overall`,
          );
        }
      },
    });
    console.log(
      `Inserted ${fmt(t.count)} listings in ${(t.totalMs / 1000).toFixed(1)} s: store ${fmt(perSecond(t.count, t.storeMs))} /s ` +
        `(generate ${(t.generateMs / 1000).toFixed(1)} s, validate ${(t.validateMs / 1000).toFixed(1)} s, store ${(t.storeMs / 1000).toFixed(1)} s).`,
    );
    // The indexer works between batches; wait for what is left before closing.
    const pending = app.searchIndexer.pending();
    const t0 = performance.now();
    if (pending > 0) console.log(`Waiting for the search index (${config.searchEngine}) to catch up…`);
    await app.searchIndexer.drain();
    console.log(
      `Search index (${config.searchEngine}) up to date ${((performance.now() - t0) / 1000).toFixed(1)} s after the last insert ` +
        `(${fmt(perSecond(t.count, performance.now() - start))} listings/s from first insert to searchable).`,
    );
  } finally {
    await app.close();
  }
  console.log('Done.');
}

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
