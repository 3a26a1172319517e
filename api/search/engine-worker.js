// Starts the embedded search engine's thread (see engine-thread.ts). Plain JavaScript: worker
// threads do not inherit the TypeScript loader, so this registers it before loading the engine.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveEngine } = await import('./engine-thread.ts');
serveEngine(parentPort, workerData.file);
