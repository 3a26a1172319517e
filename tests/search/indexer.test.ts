// The indexer reads, builds and hands over the next batch while the engine writes the previous
// one: writes must still reach the engine in batch order, and a batch's outbox rows may go only
// once it, and every batch before it, was confirmed. The engine is the real one, wrapped to fail
// or to be slow.
import t, { type Test } from 'tap';
import { join } from 'node:path';
import { openDatabase } from '../../db/client.ts';
import { searchOutbox } from '../../db/schema.ts';
import { createEngineThread } from '../../api/search/engine-thread.ts';
import { createSearchIndexer } from '../../api/search/indexer.ts';
import type { SearchEngine } from '../../api/search/contract.ts';
import { ensureSeedTaxonomy, insertSynthetic } from '../../seed/synthetic-cli.ts';
import { tempDir, testApp, testConfig } from '../helpers.ts';

/**
 * An app whose own indexer stays out of it, with `count` new listings in the outbox, the real
 * engine on its own connection, and `indexerWith(engine)` for an indexer over a wrapped engine.
 */
async function setUp(t: Test, count: number) {
  const dir = tempDir(t);
  const app = await testApp(testConfig(dir));
  await app.searchIndexer.close();
  ensureSeedTaxonomy(app);
  await insertSynthetic(app, { count, seed: 7, yieldBetweenBatches: false });
  const db = openDatabase(join(dir, 'sociale-kaart.db'));
  const real = createEngineThread(db.$client);
  const indexerWith = async (engine: SearchEngine) => {
    const indexer = createSearchIndexer({ db, engine, listings: app.stores.listings, taxonomy: app.stores.taxonomy, geo: app.geo, log: app.log });
    t.teardown(async () => {
      await indexer.close();
      await real.close();
      db.$client.close();
      await app.close();
    });
    await engine.setup({ synonyms: [], stopWords: [] });
    return indexer;
  };
  return { app, db, real, indexerWith };
}

t.test('batches in flight: a failed one keeps its rows and those after it; a retry catches up', async (t) => {
  const { app, real, indexerWith } = await setUp(t, 2500); // three batches of ≤ 1000
  let writes = 0;
  const engine: SearchEngine = {
    ...real,
    name: real.name,
    async upsert(docs) {
      if (++writes === 2) throw new Error('the second write fails');
      return real.upsert(docs);
    },
  };
  const indexer = await indexerWith(engine);
  t.equal(indexer.pending(), 2500, 'every new listing waits in the outbox');

  await t.rejects(indexer.drain(), /second write fails/, 'the failure reaches the drain');
  t.equal(indexer.pending(), 1500, 'only the first batch left the outbox; the failed one and the one after it stay');

  await indexer.drain();
  t.equal(indexer.pending(), 0, 'a retry empties the outbox');
  t.equal(await real.documentCount(), app.stores.listings.count('gepubliceerd'), 'and every published listing is searchable');
});

t.test("a batch's removals reach the engine before the next batch's writes", async (t) => {
  const { app, db, real, indexerWith } = await setUp(t, 1000);
  // Batch 2 starts with listings that are gone (so they are removals), then 1,500 new ones.
  for (let i = 0; i < 10; i++) db.insert(searchOutbox).values({ listingId: `weg-${i}` }).run();
  await insertSynthetic(app, { count: 1500, seed: 8, yieldBetweenBatches: false });
  // The order in which writes reach the engine is the order they take effect (SearchEngine).
  const calls: string[] = [];
  const record = async (name: string, write: Promise<void>) => {
    calls.push(name);
    // A slow engine: the next batch is read, built and handed over meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await write;
  };
  const engine: SearchEngine = {
    ...real,
    name: real.name,
    upsert: (docs) => record(`upsert ${docs.length}`, real.upsert(docs)),
    remove: (ids) => record(`remove ${ids.join(',').slice(0, 5)}`, real.remove(ids)),
  };
  const indexer = await indexerWith(engine);
  await indexer.drain();
  t.same(calls, ['upsert 1000', 'upsert 990', 'remove weg-0', 'upsert 510'], 'batch after batch, each with its removals');
  t.equal(indexer.pending(), 0);
});
