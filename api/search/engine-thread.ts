// The embedded search engine on a thread of its own. A search spends about half its time in the
// engine (filters, facets, distances over the in-memory columns) and half in HTTP, JSON and
// building hits: with the engine on a second thread, both halves run at once on two cores, and a
// long index build no longer holds up the server's event loop.
//
// The thread opens its own connection to the same database file and runs the same engine
// (embedded.ts); this side forwards each call of the engine contract and awaits the answer.
// An in-memory database cannot be shared between threads: it gets the engine in this thread.
// So does everything after the thread failed: the engine is rebuilt here from the database,
// which holds every committed change (the indexer retries what the thread never confirmed).
import { Worker, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { EngineSettings, SearchEngine } from './contract.ts';
import { createEmbeddedEngine } from './embedded.ts';

type Operation = 'setup' | 'upsert' | 'remove' | 'clear' | 'search' | 'documentCount' | 'healthy' | 'close';
type Request = { id: number; operation: Operation; argument: unknown };
type Reply = { id: number; value?: unknown; error?: string };

/** `workerUrl`: the thread's script (a test points it at one that fails). */
export function createEngineThread(sqlite: Database.Database, { workerUrl = new URL('./engine-worker.js', import.meta.url) } = {}): SearchEngine {
  if (sqlite.memory) return createEmbeddedEngine(sqlite);

  let worker: Worker | null = null;
  let here: Promise<SearchEngine> | null = null;
  let settings: EngineSettings | null = null;
  let closed = false;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextId = 0;

  function fail(w: Worker, err: Error) {
    if (worker !== w) return;
    worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    void w.terminate();
  }

  function start(): Worker {
    const w = new Worker(workerUrl, { workerData: { file: sqlite.name } });
    w.on('message', (m: Reply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.error === undefined) p.resolve(m.value);
      else p.reject(new Error(`search engine thread: ${m.error}`));
    });
    w.on('error', (err) => fail(w, err));
    w.on('messageerror', (err) => fail(w, err));
    w.on('exit', (code) => fail(w, new Error(`search engine thread stopped (exit code ${code})`)));
    w.unref(); // an idle engine never keeps the process alive (only while it has work)
    return w;
  }
  worker = start();

  /**
   * The engine in this thread, once the other one failed: built from the database, set up as
   * that was. One promise for every call, so calls go on in the order they were made.
   */
  function fallback(): Promise<SearchEngine> {
    here ??= (async () => {
      const engine = createEmbeddedEngine(sqlite);
      if (settings) await engine.setup(settings);
      return engine;
    })();
    return here;
  }

  function call<T>(operation: Operation, argument?: unknown): Promise<T> {
    // After close (a drain the indexer stopped waiting for), nothing is built or answered any more.
    if (closed && operation !== 'close') return Promise.reject(new Error('the search engine was closed'));
    const w = worker;
    if (!w) return fallback().then((engine) => (engine[operation] as (a: unknown) => Promise<T>)(argument));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      w.ref();
      try {
        w.postMessage({ id, operation, argument } satisfies Request);
      } catch (err) {
        // Nothing the engine can take (it cannot be copied to the thread): this call fails, not the thread.
        pending.delete(id);
        if (pending.size === 0) w.unref();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  return {
    name: 'embedded',
    setup(s) {
      settings = s;
      return call('setup', s);
    },
    upsert: (docs) => call('upsert', docs),
    remove: (ids) => call('remove', ids),
    clear: () => call('clear'),
    search: (query) => call('search', query),
    documentCount: () => call('documentCount'),
    healthy: () => call('healthy'),
    async close() {
      closed = true;
      const w = worker;
      if (w) {
        await call('close').catch(() => {});
        // Whatever is still waiting will not be answered any more.
        fail(w, new Error('the search engine was closed'));
        await w.terminate();
      }
      if (here) await (await here).close();
    },
  };
}

/** The thread's side (engine-worker.js): one engine on its own connection, answering in order of arrival. */
export function serveEngine(port: MessagePort, file: string): void {
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const engine = createEmbeddedEngine(sqlite);
  port.on('message', async ({ id, operation, argument }: Request) => {
    try {
      const value = await (engine[operation] as (a: unknown) => Promise<unknown>)(argument);
      port.postMessage({ id, value } satisfies Reply);
    } catch (err) {
      port.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies Reply);
    }
    if (operation === 'close') {
      sqlite.close();
      port.close();
    }
  });
}
