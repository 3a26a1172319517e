// `npm run reindex`: rebuild the search index of DATA_DIR from the store (after changing engine,
// restoring a backup, or when in doubt). Uses the same configuration as the server.
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';

const config = loadConfig();
const app = await buildApp({ ...config, logLevel: 'warn' });
const started = performance.now();
await app.searchIndexer.reindex({ clear: true });
const seconds = (performance.now() - started) / 1000;
const count = app.stores.listings.count('gepubliceerd');
console.log(
  `Reindexed ${count} published listings into ${config.searchEngine} in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} listings/s).`,
);
await app.close();
