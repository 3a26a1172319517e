// The indexer hands the engine the next batch while it writes the previous one: batches must
// still be applied in order, and a batch's outbox rows may go only once it, and every batch
// before it, was confirmed. The engine here is the real embedded one; only its second write fails.
import t from 'tap';
import { join } from 'node:path';
import { openDatabase } from '../../db/client.ts';
import { createEngineThread } from '../../api/search/engine-thread.ts';
import { createSearchIndexer } from '../../api/search/indexer.ts';
import type { SearchEngine } from '../../api/search/contract.ts';
import { ensureSeedTaxonomy, insertSynthetic } from '../../seed/synthetic-cli.ts';
import { tempDir, testApp, testConfig } from '../helpers.ts';

t.test('batches in flight: a failed one keeps its rows and those after it; a retry catches up', async (t) => {
  const dir = tempDir(t);
  const app = await testApp(testConfig(dir));
  // The app's own indexer stays out of it: this test drives one of its own.
  await app.searchIndexer.close();
  ensureSeedTaxonomy(app);
  await insertSynthetic(app, { count: 2500, seed: 7, yieldBetweenBatches: false }); // three batches of ≤ 1000

  const db = openDatabase(join(dir, 'sociale-kaart.db'));
  const real = createEngineThread(db.$client);
  let writes = 0;
  const engine: SearchEngine = {
    ...real,
    name: real.name,
    async upsert(docs) {
      if (++writes === 2) throw new Error('the second write fails');
      return real.upsert(docs);
    },
  };
  const indexer = createSearchIndexer({ db, engine, listings: app.stores.listings, taxonomy: app.stores.taxonomy, geo: app.geo, log: app.log });
  t.teardown(async () => {
    await indexer.close();
    await real.close();
    db.$client.close();
    await app.close();
  });
  await engine.setup({ synonyms: [], stopWords: [] });
  t.equal(indexer.pending(), 2500, 'every new listing waits in the outbox');

  await t.rejects(indexer.drain(), /second write fails/, 'the failure reaches the drain');
  t.equal(indexer.pending(), 1500, 'only the first batch left the outbox; the failed one and the one after it stay');

  await indexer.drain();
  t.equal(indexer.pending(), 0, 'a retry empties the outbox');
  t.equal(await real.documentCount(), app.stores.listings.count('gepubliceerd'), 'and every published listing is searchable');
});
