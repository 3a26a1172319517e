// The FTS5 part of an embedded text search: the word index with bm25 scores, the trigram index
// for substrings, and which documents match the words as typed. It runs on a worker thread with
// its own connection (match-worker.js) when the database is a file, so the one event loop keeps
// answering searches from memory meanwhile and the second core does the matching; in this
// thread when it cannot (an in-memory database, or a worker that failed).
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** What to ask FTS5 for one text (all strings are FTS5 query syntax built by the engine). */
export type MatchPlan = { match: string | null; substrings: string[]; exact: string | null };
/** Rowids (with bm25 ranks for `match`; lower is better) per part of the plan. */
export type MatchRows = { rowids: Int32Array; ranks: Float64Array; substrings: Int32Array[]; exact: Int32Array };

export type Matcher = { run(plan: MatchPlan): Promise<MatchRows>; close(): Promise<void> };

/** The queries, shared by both ways of running them (and the test that asks the thread itself). */
export function statementsSql(columnWeights: number[]) {
  return {
    match: `SELECT rowid, bm25(search_fts, ${columnWeights.join(', ')}) AS rank FROM search_fts WHERE search_fts MATCH ?`,
    matchIds: 'SELECT rowid FROM search_fts WHERE search_fts MATCH ?',
    trigram: 'SELECT rowid FROM search_trigram WHERE search_trigram MATCH ?',
  };
}

function inThread(sqlite: Database.Database, sql: ReturnType<typeof statementsSql>) {
  const match = sqlite.prepare<[string], [number, number]>(sql.match).raw(true);
  const ids = sqlite.prepare<[string], number>(sql.matchIds).pluck(true);
  const trigram = sqlite.prepare<[string], number>(sql.trigram).pluck(true);
  return (plan: MatchPlan): MatchRows => {
    const rows = plan.match ? match.all(plan.match) : [];
    return {
      rowids: Int32Array.from(rows, (r) => r[0]),
      ranks: Float64Array.from(rows, (r) => r[1]),
      substrings: plan.substrings.map((s) => Int32Array.from(trigram.all(s))),
      exact: plan.exact ? Int32Array.from(ids.all(plan.exact)) : new Int32Array(0),
    };
  };
}

export function createMatcher(sqlite: Database.Database, columnWeights: number[]): Matcher {
  const sql = statementsSql(columnWeights);
  const here = inThread(sqlite, sql);
  let worker: Worker | null = null;
  let failed = sqlite.memory;
  let closed = false;
  const pending = new Map<number, { resolve: (rows: MatchRows) => void; reject: (err: Error) => void }>();
  let nextId = 0;

  function failAll(err: Error) {
    failed = true;
    worker = null;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  }

  function start(): Worker {
    const w = new Worker(new URL('./match-worker.js', import.meta.url), { workerData: { file: sqlite.name, sql } });
    w.on('message', (m: { id: number; answer?: MatchRows; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.answer) p.resolve(m.answer);
      else p.reject(new Error(`search match failed: ${m.error}`));
    });
    w.on('error', (err) => failAll(err));
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`search match worker stopped (exit code ${code})`));
    });
    w.unref(); // an idle matcher never keeps the process alive (only while it has work, below)
    return w;
  }

  return {
    run(plan) {
      if (failed) return Promise.resolve().then(() => here(plan));
      worker ??= start();
      const id = nextId++;
      const w = worker;
      return new Promise<MatchRows>((resolve, reject) => {
        if (pending.size === 0) w.ref();
        pending.set(id, { resolve, reject });
        w.postMessage({ id, plan });
      }).catch((err: unknown) => {
        // The worker died under this request: answer it here, like every one after it.
        if (failed && !closed) return here(plan);
        throw err;
      });
    },
    async close() {
      const w = worker;
      closed = true;
      failAll(new Error('search closed'));
      if (w) await w.terminate();
    },
  };
}
