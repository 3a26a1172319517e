// The engine contract against the embedded SQLite FTS5 engine, on a real database file.
import t from 'tap';
import type Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../db/client.ts';
import { createEmbeddedEngine } from '../../api/search/embedded.ts';
import { createEngineThread } from '../../api/search/engine-thread.ts';
import { facetNames, type FacetName, type SearchDocument } from '../../api/search/contract.ts';
import { tempDir } from '../helpers.ts';
import { contractDocuments, engineContract } from './contract.ts';

// As the product runs it: on a thread of its own (engine-thread.ts), and in the calling thread.
for (const [name, create] of [
  ['embedded', createEngineThread],
  ['embedded, in the calling thread', createEmbeddedEngine],
] as const) {
  engineContract(t, name, async () => {
    const db = openDatabase(join(tempDir(t), 'contract.db'));
    const engine = create(db.$client);
    return {
      engine,
      cleanup: async () => {
        await engine.close();
        db.$client.close();
      },
    };
  });
}

t.test('when its thread fails, the engine carries on in the calling thread with what was committed', async (t) => {
  const dir = tempDir(t);
  const db = openDatabase(join(dir, 'fails.db'));
  const settings = { synonyms: [['bieb', 'bibliotheek']], stopWords: ['de'] };
  const docs = contractDocuments;
  const healthy = createEngineThread(db.$client);
  await healthy.setup(settings);
  await healthy.upsert(docs);
  const query = { text: 'bieb', filters: { facets: {} }, sort: 'relevance' as const, offset: 0, limit: 10 };
  const expected = await healthy.search(query);
  await healthy.close();
  t.ok(expected.total > 0, 'the thread found the documents');

  const broken = join(dir, 'broken-worker.mjs');
  writeFileSync(broken, "throw new Error('this thread fails on purpose');\n");
  const engine = createEngineThread(db.$client, { workerUrl: pathToFileURL(broken) });
  t.teardown(async () => {
    await engine.close();
    db.$client.close();
  });
  // The first call may be the one that learns of the failure; later ones are answered here.
  await engine.setup(settings).catch(() => {});
  const first = docs[0]!;
  // Made at once, as the indexer does: they still take effect in that order.
  await Promise.all([engine.remove([first.id]), engine.upsert([first])]);
  t.equal(await engine.documentCount(), docs.length, 'removed, then back: writes go on, in order');
  t.same(await engine.search(query), expected, 'the same answer, from the documents the thread had committed');
});

// bm25 ranks by totals over the whole index (row count, words per column, documents per word).
// Listings are re-indexed all the time: after many changes and removals, those totals must be
// exactly what a fresh index of the same documents has, or ranking drifts the longer it runs.
t.test('ranking statistics after many changes equal those of a fresh index', async (t) => {
  const words = ['koffie', 'ochtend', 'buurthuis', 'taalcafe', 'voedselbank', 'zwemmen', 'wandelgroep', 'repair', 'bibliotheek', 'huiswerk', 'schaken'];
  const doc = (i: number, version: number): SearchDocument => {
    const pick = (k: number) => words[(i * 7 + k * 3 + version * 5) % words.length]!;
    return {
      id: `doc-${i}`,
      title: `${pick(0)} ${pick(1)}`,
      taxonomy: pick(2),
      summary: `${pick(3)} in de buurt ${version ? pick(4) : ''}`,
      places: i % 3 ? 'Amsterdam Noord' : 'Amsterdam Oost',
      description: Array.from({ length: 1 + ((i + version) % 4) }, (_, k) => pick(k + 5)).join(' '),
      extra: '',
      compounds: '',
      stems: '',
      facets: Object.fromEntries(facetNames.map((f) => [f, f === 'kind' ? ['activiteit'] : []])) as Record<FacetName, string[]>,
      free: false,
      ageMin: null,
      ageMax: null,
      points: [{ lat: 52.37, lon: 4.89 }],
      openSlots: [],
      openSlotsUntil: '2026-12-31T00:00:00.000Z',
      isExample: false,
      updatedAt: '2026-12-01T00:00:00.000Z',
      staleAfter: null,
    };
  };
  const open = async (name: string) => {
    const db = openDatabase(join(tempDir(t), name));
    const engine = createEmbeddedEngine(db.$client);
    t.teardown(async () => {
      await engine.close();
      db.$client.close();
    });
    await engine.setup({ synonyms: [], stopWords: ['de', 'in'] });
    return { sqlite: db.$client, engine };
  };

  const changed = await open('changed.db');
  for (let version = 0; version < 6; version++) await changed.engine.upsert(Array.from({ length: 40 }, (_, i) => doc(i, version)));
  await changed.engine.remove(Array.from({ length: 10 }, (_, i) => `doc-${i * 4}`));
  const fresh = await open('fresh.db');
  await fresh.engine.upsert(Array.from({ length: 40 }, (_, i) => doc(i, 5)).filter((_, i) => i % 4 !== 0));

  const scores = (sqlite: Database.Database, word: string) =>
    sqlite
      .prepare<[string], { id: string; score: number }>(
        'SELECT d.id, bm25(search_fts) AS score FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid WHERE search_fts MATCH ? ORDER BY d.id',
      )
      .all(word)
      .map((r) => `${r.id} ${r.score.toFixed(9)}`);
  for (const word of [...words, 'buurt', 'noord']) t.same(scores(changed.sqlite, word), scores(fresh.sqlite, word), `"${word}": same bm25 scores`);
  const vocabulary = (sqlite: Database.Database) => sqlite.prepare('SELECT term, doc, cnt FROM search_vocab ORDER BY term').all();
  t.same(vocabulary(changed.sqlite), vocabulary(fresh.sqlite), 'the same words, each in as many documents');
});

// search_docs.id has no unique index (migration 0006): two engines on one file, such as
// `npm run reindex` next to a running server, can each store the same id. The next start keeps
// the newest row; an older one would stay findable and could never be removed.
t.test('an id stored twice by two engines: the next start keeps the newest row only', async (t) => {
  const db = openDatabase(join(tempDir(t), 'twice.db'));
  const settings = { synonyms: [], stopWords: [] };
  const first = createEmbeddedEngine(db.$client);
  const second = createEmbeddedEngine(db.$client); // started before the first wrote: it does not know the id
  await first.setup(settings);
  await second.setup(settings);
  const doc = contractDocuments[0]!;
  await first.upsert([{ ...doc, title: 'Oude titel zonderweerga' }]);
  await second.upsert([doc]);
  const rows = () => db.$client.prepare('SELECT count(*) AS n FROM search_docs WHERE id = ?').get(doc.id) as { n: number };
  t.equal(rows().n, 2, 'two rows for one id');
  await first.close();
  await second.close();

  const next = createEmbeddedEngine(db.$client);
  t.teardown(async () => {
    await next.close();
    db.$client.close();
  });
  await next.setup(settings);
  const find = async (text: string) => (await next.search({ text, filters: { facets: {} }, sort: 'relevance', offset: 0, limit: 10 })).hits.map((h) => h.id);
  t.equal(rows().n, 1, 'one row left');
  t.equal(await next.documentCount(), 1);
  t.same(await find('zonderweerga'), [], 'the older text is gone');
  t.same(await find('koffie'), [doc.id], 'the newest is found, once');
  await next.remove([doc.id]);
  t.same(await find('koffie'), [], 'and it can be removed');
});
