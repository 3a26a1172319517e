// The embedded engine's FTS5 queries, on a thread and database connection of their own (see
// match.ts): a broad first-time match takes tens of milliseconds at 100k listings and must not
// hold up the searches answered from memory meanwhile. Plain JavaScript: worker threads do not
// get the TypeScript loader. The SQL comes from match.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { file, sql } = workerData;
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const match = db.prepare(sql.match).raw(true);
const ids = db.prepare(sql.matchIds).pluck(true);
const trigram = db.prepare(sql.trigram).pluck(true);

parentPort.on('message', ({ id, plan }) => {
  try {
    const rows = plan.match ? match.all(plan.match) : [];
    const rowids = Int32Array.from(rows, (r) => r[0]);
    const ranks = Float64Array.from(rows, (r) => r[1]);
    const substrings = plan.substrings.map((s) => Int32Array.from(trigram.all(s)));
    const exact = plan.exact ? Int32Array.from(ids.all(plan.exact)) : new Int32Array(0);
    const answer = { rowids, ranks, substrings, exact };
    parentPort.postMessage({ id, answer }, [rowids.buffer, ranks.buffer, exact.buffer, ...substrings.map((s) => s.buffer)]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
