// Keeps the search index in step with the store through the outbox: every listing change writes
// an outbox row in its own transaction; this drains them in order and deletes a row only after
// the engine confirmed the change. If the engine is down, writes still succeed and the index
// catches up when it is back.
import { asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { searchOutbox, searchState } from '../../db/schema.ts';
import type { Geo } from '../geo/service.ts';
import type { ListingStore } from '../listings/store.ts';
import type { TaxonomyStore } from '../taxonomy/store.ts';
import { dutchStopWords, normalise } from './analyze.ts';
import type { SearchEngine } from './contract.ts';
import { documentVersion, taxonomyLookup, toSearchDocument } from './document.ts';

const batchSize = 1000;
/**
 * Confirmed outbox rows are deleted after this many batches (and when a drain ends). Deleting is
 * a write, which waits for the engine thread's write of the next batch to commit: after every
 * batch, that wait held up building the next one (a 100k build took 3–4 % longer). A crash in
 * between only makes the next drain index those listings again.
 */
const forgetEveryBatches = 20;
/**
 * While the next batch is built, up to this many earlier ones are with the engine unconfirmed
 * (one more while waiting for the oldest): the engine has the next one at hand also when building
 * one takes longer than usual (with one, the engine thread idled for about a tenth of a 100k build).
 */
const batchesInFlight = 2;
const retryMs = 5000;
/** Open-hour slots cover 15 days; refresh them daily so "nu open" never runs out. */
const slotRefreshMs = 24 * 3600 * 1000;

type Deps = { db: Db; engine: SearchEngine; listings: ListingStore; taxonomy: TaxonomyStore; geo: Geo; log: FastifyBaseLogger };

export type SearchIndexer = ReturnType<typeof createSearchIndexer>;

export function createSearchIndexer({ db, engine, listings: store, taxonomy, geo, log }: Deps) {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let refreshInterval: NodeJS.Timeout | null = null;
  /** Bumped whenever the index changed, so cached answers from before are not used. */
  let generation = 0;

  const state = {
    get: (key: string) => db.select().from(searchState).where(eq(searchState.key, key)).get()?.value,
    set: (key: string, value: string) =>
      db.insert(searchState).values({ key, value }).onConflictDoUpdate({ target: searchState.key, set: { value } }).run(),
  };

  /**
   * Index the listings named by outbox rows, oldest first, until the outbox is empty. Batches
   * are read, built and handed to the engine while the engine writes earlier ones (on
   * its own thread, or over the network), so the engine never waits for us; engines apply writes
   * in the order they were made (SearchEngine). A batch's outbox rows go only once it, and
   * every batch before it, was confirmed (see forgetEveryBatches).
   */
  async function drainOnce(): Promise<void> {
    const tax = taxonomy.get();
    const terms = taxonomyLookup(tax);
    const areaNames = new Map(geo.areas().map((a) => [a.code, a.name]));
    let after = 0; // the last outbox row handed to the engine
    type Batch = { done: Promise<void>; lastSeq: number };
    const writing: Batch[] = []; // handed over, not yet confirmed, oldest first
    let confirmedSeq = 0; // outbox rows up to here are in the engine
    let unforgotten = 0; // confirmed batches whose rows are still in the outbox
    const forget = () => {
      if (unforgotten === 0) return;
      db.delete(searchOutbox).where(lte(searchOutbox.seq, confirmedSeq)).run();
      unforgotten = 0;
    };
    const confirm = async (batch: Batch) => {
      await batch.done;
      generation++;
      confirmedSeq = batch.lastSeq;
      if (++unforgotten >= forgetEveryBatches) forget();
    };
    try {
      for (;;) {
        const rows = db.select().from(searchOutbox).where(gt(searchOutbox.seq, after)).orderBy(asc(searchOutbox.seq)).limit(batchSize).all();
        if (rows.length === 0) break;
        after = rows.at(-1)!.seq;
        const ids = [...new Set(rows.map((r) => r.listingId))];
        const found = store.getMany(ids);
        const now = new Date();
        const upserts = found.filter((l) => l.status === 'gepubliceerd').map((l) => toSearchDocument(l, { taxonomy: tax, areaNames, now }, terms));
        const indexed = new Set(upserts.map((d) => d.id));
        const removals = ids.filter((id) => !indexed.has(id));
        // Both at once: a batch's removals must not come after the next batch's writes.
        const done = Promise.all([upserts.length ? engine.upsert(upserts) : null, removals.length ? engine.remove(removals) : null]).then(() => {});
        done.catch(() => {}); // awaited in confirm; this keeps a failure while the next batch is read from going unhandled
        writing.push({ done, lastSeq: after });
        if (writing.length > batchesInFlight) await confirm(writing.shift()!);
      }
      while (writing.length > 0) await confirm(writing.shift()!);
    } catch (err) {
      // The batches confirmed before the failure are done: their rows go, and the failure is what the drain reports.
      try {
        forget();
      } catch (forgetErr) {
        log.warn({ err: forgetErr }, 'search outbox rows of confirmed batches not deleted yet; they will be indexed again');
      }
      throw err;
    }
    forget();
  }

  function schedule(delayMs: number) {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void drain().catch(() => {});
    }, delayMs);
    timer.unref();
  }

  /** Drain now; concurrent calls share one run (and trigger one more if work arrived meanwhile). */
  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await drainOnce();
        } while (again);
      } catch (err) {
        log.warn({ err, engine: engine.name }, 'search index not updated yet; retrying');
        schedule(retryMs);
        throw err;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Queue every published listing (a full rebuild when `clear` is set). */
  async function reindex(options: { clear: boolean }) {
    if (options.clear) {
      await engine.clear();
      generation++;
    }
    db.run(sql`INSERT INTO search_outbox (listing_id) SELECT id FROM listings WHERE status = 'gepubliceerd'`);
    state.set('slotsRefreshedAt', new Date().toISOString());
    await drain();
  }

  return {
    drain,
    reindex,
    generation: () => generation,
    /** Called after a write: index soon, without making the writer wait. */
    notify() {
      if (!closed) setImmediate(() => void drain().catch(() => {}));
    },

    /** Configure the engine, rebuild when it is new or another engine, and keep slots fresh. */
    async start() {
      const synonyms = taxonomy.get().synonyms.map((g) => g.map(normalise));
      await engine.setup({ synonyms, stopWords: dutchStopWords });
      const identity = `${engine.name}:${documentVersion}`;
      const published = store.count('gepubliceerd');
      // A new engine, another engine, or an engine that lost its data (a fresh Meilisearch volume).
      if (state.get('engine') !== identity || (published > 0 && (await engine.documentCount()) === 0)) {
        log.info({ engine: identity }, 'building the search index');
        await reindex({ clear: true });
        state.set('engine', identity);
      } else {
        await drain();
      }
      const refresh = () => {
        const last = Date.parse(state.get('slotsRefreshedAt') ?? '');
        if (!(Date.now() - last < slotRefreshMs)) {
          db.run(
            // Open-hour slots run out, and checked information expires: both need fresh documents.
            sql`INSERT INTO search_outbox (listing_id) SELECT id FROM listings WHERE status = 'gepubliceerd' AND (json_array_length(schedule, '$.rules') > 0 OR verified_at IS NOT NULL OR field_verified_at != '{}')`,
          );
          state.set('slotsRefreshedAt', new Date().toISOString());
          void drain().catch(() => {});
        }
      };
      refresh();
      refreshInterval = setInterval(refresh, 3600 * 1000);
      refreshInterval.unref();
    },

    async close() {
      closed = true;
      if (refreshInterval) clearInterval(refreshInterval);
      if (timer) clearTimeout(timer);
      // Let a running batch finish, but never hang shutdown on an engine that stopped answering:
      // what was not confirmed stays in the outbox for the next start.
      const grace = new Promise((resolve) => setTimeout(resolve, 5000).unref());
      await Promise.race([running?.catch(() => {}), grace]);
    },

    pending(): number {
      return db.select({ n: sql<number>`count(*)` }).from(searchOutbox).get()?.n ?? 0;
    },
  };
}
