// Text matching runs on a worker thread for a database file and in the calling thread for an
// in-memory database (api/search/match.ts): both ways must answer every search the same.
import t from 'tap';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '../../db/client.ts';
import { createEmbeddedEngine } from '../../api/search/embedded.ts';
import { statementsSql, type MatchPlan, type MatchRows } from '../../api/search/match.ts';
import { facetNames, type FacetName, type SearchDocument } from '../../api/search/contract.ts';
import { tempDir } from '../helpers.ts';

const words = ['koffie', 'ochtend', 'buurthuis', 'taalcafe', 'voedselbank', 'zwemmen', 'wandelgroep', 'repair', 'cafe', 'bibliotheek', 'huiswerk', 'schaken'];

function doc(i: number): SearchDocument {
  const pick = (k: number) => words[(i * 7 + k * 3) % words.length]!;
  const facets = Object.fromEntries(facetNames.map((f) => [f, [] as string[]])) as Record<FacetName, string[]>;
  facets.kind = [i % 2 ? 'activiteit' : 'plek'];
  return {
    id: `doc-${i}`,
    title: `${pick(0)} ${pick(1)}`,
    taxonomy: pick(2),
    summary: `${pick(3)} in de buurt`,
    places: i % 3 ? 'Amsterdam Noord' : 'Amsterdam Oost',
    description: `${pick(4)} ${pick(5)}`,
    extra: '',
    compounds: '',
    stems: '',
    facets,
    free: i % 2 === 0,
    ageMin: null,
    ageMax: null,
    points: [{ lat: 52.37 + (i % 10) * 0.002, lon: 4.89 + (i % 7) * 0.003 }],
    openSlots: [],
    openSlotsUntil: '2026-12-31T00:00:00.000Z',
    isExample: false,
    updatedAt: '2026-12-01T00:00:00.000Z',
    staleAfter: null,
  };
}

t.test('worker thread and calling thread find the same', async (t) => {
  const onFile = openDatabase(join(tempDir(t), 'match.db'));
  const inMemory = openDatabase(':memory:');
  const engines = [createEmbeddedEngine(onFile.$client), createEmbeddedEngine(inMemory.$client)];
  t.teardown(async () => {
    for (const e of engines) await e.close();
    onFile.$client.close();
    inMemory.$client.close();
  });
  const docs = Array.from({ length: 60 }, (_, i) => doc(i));
  for (const engine of engines) {
    await engine.setup({ synonyms: [['bieb', 'bibliotheek']], stopWords: ['de', 'in'] });
    await engine.upsert(docs);
  }
  const queries = ['koffie', 'koffie ochtend', 'bieb', 'bibliotheak', 'zwem', 'bank', 'cafe noord', 'nergens', '"NEAR(', ''];
  for (const text of queries) {
    const query = { text, filters: { facets: {} }, sort: 'relevance' as const, offset: 0, limit: 100 };
    // Asked twice at once: the second shares the first's match.
    const [onWorker, again] = await Promise.all([engines[0]!.search(query), engines[0]!.search(query)]);
    const here = await engines[1]!.search(query);
    t.same(onWorker, here, `"${text}": same answer`);
    t.same(again, onWorker, `"${text}": same answer when asked at the same time`);
  }
  t.ok((await engines[0]!.search({ text: 'koffie', filters: { facets: {} }, sort: 'relevance', offset: 0, limit: 5 })).total > 0, 'the words are found');

  // A change is seen by the next search, also through the worker's own connection.
  for (const engine of engines) await engine.upsert([{ ...doc(0), id: 'nieuw', title: 'Schaakclub De Toren' }]);
  const query = { text: 'schaakclub', filters: { facets: {} }, sort: 'relevance' as const, offset: 0, limit: 10 };
  t.same((await engines[0]!.search(query)).hits.map((h) => h.id), ['nieuw']);
  t.same((await engines[1]!.search(query)).hits.map((h) => h.id), ['nieuw']);
});

// The matcher falls back to the calling thread without a word when its thread fails, so the
// comparison above would also pass if the thread never worked: ask the thread itself.
t.test('the match thread itself answers', async (t) => {
  const file = join(tempDir(t), 'thread.db');
  const db = openDatabase(file);
  const engine = createEmbeddedEngine(db.$client);
  t.teardown(async () => {
    await engine.close();
    db.$client.close();
  });
  await engine.setup({ synonyms: [], stopWords: [] });
  await engine.upsert(Array.from({ length: 20 }, (_, i) => doc(i)));
  const sql = statementsSql([1, 1, 1, 1, 1, 1, 1, 1]);
  const worker = new Worker(new URL('../../api/search/match-worker.js', import.meta.url), { workerData: { file, sql } });
  t.teardown(() => worker.terminate());
  const ask = (plan: MatchPlan) =>
    new Promise<MatchRows>((resolve, reject) => {
      worker.once('message', (m: { answer?: MatchRows; error?: string }) => (m.answer ? resolve(m.answer) : reject(new Error(m.error))));
      worker.once('error', reject);
      worker.postMessage({ id: 1, plan });
    });
  const answer = await ask({ match: '"koffie"*', substrings: ['"uurthu"'], exact: '"koffie"' });
  t.ok(answer.rowids.length > 0 && answer.ranks.length === answer.rowids.length, `${answer.rowids.length} matches, each with a bm25 rank`);
  t.ok(answer.exact.length > 0, 'and the documents with the word as typed');
  t.ok(answer.substrings[0]!.length > 0, 'and those with the substring');
});
