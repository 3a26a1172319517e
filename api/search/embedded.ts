// The embedded search engine: SQLite FTS5 in the product's own database file (tables from
// db/migrations/0002_embedded_search.sql, 0005_search_text.sql and 0006_faster_index_build.sql).
// Text matching and bm25 ranking happen in FTS5, on a worker thread (match.ts); filters, facets
// and distances run over a compact in-memory copy of the keyword fields (columns.ts), which is
// what keeps facet counts over large results cheap. The product runs all of this on a thread of
// its own (engine-thread.ts).
import type Database from 'better-sqlite3';
import { BoundedCache } from './bounded-cache.ts';
import { DocColumns, type Candidates as TextMatches } from './columns.ts';
import { createMatcher } from './match.ts';
import { analyseQuery, compoundLexicon, editDistance, normalise, splitCompound, typosAllowed, type QueryTerm } from './analyze.ts';
import {
  type EngineQuery,
  type EngineResult,
  type EngineSettings,
  type SearchDocument,
  type SearchEngine,
} from './contract.ts';

/**
 * Text matches kept (see cachedTextCandidates): at 100k listings, some 50 texts that match every
 * listing, or thousands of narrower ones.
 */
const textCacheBytes = 128 * 2 ** 20;
/** The FTS text columns (search_text, search_fts), and their bm25 weights in the same order. */
const textColumns = 'title, taxonomy, summary, places, compounds, description, extra, stems';
const columnWeights = [10, 4, 3, 4, 2, 1, 0.5, 2];

/** What search_docs.data holds: everything but the text fields, which live in FTS5. */
type StoredData = Omit<SearchDocument, 'taxonomy' | 'summary' | 'places' | 'description' | 'extra' | 'compounds' | 'stems'>;

export function createEmbeddedEngine(sqlite: Database.Database): SearchEngine {
  const columns = new DocColumns();
  const rowids = new Map<string, number>();
  let synonyms: string[][] = [];
  let vocabulary: Map<string, string[]> | null = null; // first letter → words
  let vocabularySet: Set<string> | null = null;

  const stmt = {
    insertDoc: sqlite.prepare<[string, string]>('INSERT INTO search_docs (id, data) VALUES (?, ?)'),
    updateDoc: sqlite.prepare<[string, number]>('UPDATE search_docs SET data = ? WHERE rowid = ?'),
    deleteDoc: sqlite.prepare<[number]>('DELETE FROM search_docs WHERE rowid = ?'),
    // search_fts reads a row's words from search_text to take them out: delete before changing it.
    deleteFts: sqlite.prepare<[number]>('DELETE FROM search_fts WHERE rowid = ?'),
    upsertText: sqlite.prepare(`INSERT OR REPLACE INTO search_text (rowid, ${textColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteText: sqlite.prepare<[number]>('DELETE FROM search_text WHERE rowid = ?'),
    insertFts: sqlite.prepare(`INSERT INTO search_fts (rowid, ${textColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteTrigram: sqlite.prepare<[number]>('DELETE FROM search_trigram WHERE rowid = ?'),
    insertTrigram: sqlite.prepare<[number, string]>('INSERT INTO search_trigram (rowid, text) VALUES (?, ?)'),
    vocab: sqlite.prepare<[], { term: string }>('SELECT term FROM search_vocab'),
    all: sqlite.prepare<[], { rowid: number; id: string; data: string }>('SELECT rowid, id, data FROM search_docs ORDER BY rowid'),
  };

  const matcher = createMatcher(sqlite, columnWeights);

  function remember(rowid: number, data: StoredData) {
    columns.set(rowid, data);
    rowids.set(data.id, rowid);
  }

  /**
   * After many new documents, put them in map order too (see DocColumns.reorder), once the
   * indexer is through with its batches (they run back to back, without giving way): renumbering
   * every slot after every few batches took a tenth of a 100k-listing build. New documents are
   * searchable meanwhile, only from scattered slots.
   */
  let reorderScheduled = false;
  const reorderAfterGrowth = () => {
    if (reorderScheduled || columns.unordered <= Math.max(1000, columns.size / 10)) return;
    reorderScheduled = true;
    setImmediate(() => {
      reorderScheduled = false;
      columns.reorder();
      // Remembered text matches hold slots, which renumbering changes.
      forgetMatches();
    });
  };

  function loadVocabulary() {
    vocabulary = new Map();
    vocabularySet = new Set();
    for (const { term } of stmt.vocab.all()) addWord(term);
  }
  function addWord(word: string) {
    if (!vocabulary || !vocabularySet || vocabularySet.has(word) || word.length < 2) return;
    vocabularySet.add(word);
    const key = word[0]!;
    const list = vocabulary.get(key);
    if (list) list.push(word);
    else vocabulary.set(key, [word]);
  }

  /** Writes a batch in one transaction; returns what the in-memory copies need once it committed. */
  const writeMany = sqlite.transaction((batch: SearchDocument[]) => {
    // The rowids map knows every stored document, so no lookup per document; `placed` covers an
    // id that comes twice in one batch.
    const placed = new Map<string, number>();
    const stored: [number, StoredData][] = [];
    for (const doc of batch) {
      const { title, taxonomy, summary, places, description, extra, compounds, stems, ...rest } = doc;
      const data: StoredData = { ...rest, title };
      let rowid = placed.get(doc.id) ?? rowids.get(doc.id);
      if (rowid === undefined) {
        rowid = Number(stmt.insertDoc.run(doc.id, JSON.stringify(data)).lastInsertRowid);
      } else {
        stmt.updateDoc.run(JSON.stringify(data), rowid);
        stmt.deleteFts.run(rowid);
        stmt.deleteTrigram.run(rowid);
      }
      const text = [title, taxonomy, summary, places, compounds, description, extra, stems];
      stmt.upsertText.run(rowid, ...text);
      stmt.insertFts.run(rowid, ...text);
      // Each word once: a substring query (one word) matches the same documents, and the title's
      // words repeat in the places (and "Amsterdam" twice): at 100k, a quarter fewer trigrams.
      stmt.insertTrigram.run(rowid, [...new Set(normalise(`${title} ${places}`).split(' '))].join(' '));
      placed.set(doc.id, rowid);
      stored.push([rowid, data]);
    }
    return stored;
  });

  // Memory follows the database only after a commit: a rolled-back batch must not leave rowids
  // (or columns) that the database does not have.
  function upsertMany(batch: SearchDocument[]) {
    for (const [rowid, data] of writeMany.immediate(batch)) remember(rowid, data);
    if (vocabulary) {
      for (const d of batch) for (const w of normalise(`${d.title} ${d.taxonomy} ${d.summary} ${d.places} ${d.compounds} ${d.description} ${d.extra} ${d.stems}`).split(' ')) addWord(w);
    }
  }

  const deleteMany = sqlite.transaction((gone: number[]) => {
    for (const rowid of gone) {
      stmt.deleteFts.run(rowid);
      stmt.deleteText.run(rowid);
      stmt.deleteTrigram.run(rowid);
      stmt.deleteDoc.run(rowid);
    }
  });

  const clearAll = sqlite.transaction(() =>
    sqlite.exec(
      "INSERT INTO search_fts (search_fts) VALUES ('delete-all'); INSERT INTO search_trigram (search_trigram) VALUES ('delete-all'); DELETE FROM search_text; DELETE FROM search_docs;",
    ),
  );

  // An id stored twice (search_docs.id has no unique index; a second engine on the same file,
  // such as `npm run reindex` next to a running server, could write one): the newest row counts
  // and the older ones go, or they would stay findable and could never be removed.
  const stale: number[] = [];
  for (const row of stmt.all.all()) {
    const older = rowids.get(row.id);
    if (older !== undefined) {
      stale.push(older);
      columns.delete(older);
    }
    remember(row.rowid, JSON.parse(row.data) as StoredData);
  }
  if (stale.length > 0) deleteMany.immediate(stale);
  columns.reorder();

  function removeMany(ids: string[]) {
    const known = ids.filter((id) => rowids.has(id));
    deleteMany.immediate(known.map((id) => rowids.get(id)!));
    for (const id of known) {
      columns.delete(rowids.get(id)!);
      rowids.delete(id);
    }
  }

  /** Words of the index within the typo budget of `word`, closest first (at most 5). */
  function typoCandidates(word: string): string[] {
    const max = typosAllowed(word);
    if (max === 0) return [];
    if (!vocabulary) loadVocabulary();
    const found: { w: string; d: number }[] = [];
    // Like Meilisearch, a typo in the first letter is rare enough to skip: it keeps the scan small.
    for (const w of vocabulary!.get(word[0]!) ?? []) {
      const d = editDistance(word, w, max);
      if (d <= max) found.push({ w, d });
    }
    return found
      .sort((a, b) => a.d - b.d || a.w.localeCompare(b.w))
      .slice(0, 5)
      .map((f) => f.w);
  }

  function knows(word: string): boolean {
    if (!vocabulary) loadVocabulary();
    return vocabularySet!.has(word);
  }
  function knowsPrefix(prefix: string): boolean {
    if (!vocabulary) loadVocabulary();
    return (vocabulary!.get(prefix[0]!) ?? []).some((w) => w.startsWith(prefix));
  }

  /** FTS5 string literal: the text is always quoted, so nothing the resident types is syntax. */
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

  /** One OR-group per term; terms the word index cannot match at all go to the trigram index. */
  function plan(terms: QueryTerm[]) {
    const groups: string[] = [];
    const substrings: string[] = [];
    for (const term of terms) {
      const isPhrase = term.word.includes(' ');
      // Dutch compounds put the head first ("zwem" → "zwembad"): prefixes help beyond the last word.
      const prefix = !isPhrase && (term.prefix || term.word.length >= 4);
      const alts: string[] = [prefix ? `${quote(term.word)}*` : quote(term.word)];
      for (const alt of term.alternatives) alts.push(alt.includes(' ') ? quote(alt) : `${quote(alt)}*`);
      const known = isPhrase || knows(term.word) || (prefix && knowsPrefix(term.word)) || term.alternatives.some((a) => a.includes(' ') || knows(a));
      // Like Meilisearch, words within the typo budget always match too (the typed word still
      // ranks first, see textCandidates): "sporthall" finds "sporthal" even if someone once typed it so.
      const typos = isPhrase ? [] : typoCandidates(term.word);
      for (const t of typos) alts.push(quote(t));
      if (!known) {
        if (typos.length === 0) {
          // An unknown compound ("zwemles", "opvoedhulp"): search for its known parts instead.
          const parts = isPhrase ? [] : splitCompound(term.word, { has: (w) => compoundLexicon.has(w) || vocabularySet!.has(w) });
          if (parts.length > 0) for (const part of parts) groups.push(`(${quote(part)} OR ${quote(part)}*)`);
          else if (term.word.length >= 3) substrings.push(term.word);
          continue;
        }
      }
      groups.push(`(${alts.join(' OR ')})`);
    }
    return { match: groups.join(' AND '), substrings };
  }

  /**
   * Text matching is the expensive part, and the same words come back with other filters,
   * locations and pages: remember the scored matches per text until the index changes, with
   * what the columns derive from them (by their estimated bytes: "de" matches every document).
   */
  type Candidates = TextMatches | null;
  const textCache = new BoundedCache<Candidates>(textCacheBytes);
  /** Texts being matched right now, so a text asked for twice at once is matched once. */
  const matching = new Map<string, Promise<Candidates>>();
  /** Bumped on every index change: a match that ran across one is used once, not kept. */
  let changes = 0;
  /** The index changed: remembered matches (slots, scores) no longer hold. */
  function forgetMatches() {
    changes++;
    textCache.clear();
  }
  function cachedTextCandidates(key: string, text: string): Candidates | Promise<Candidates> {
    const cached = textCache.get(key);
    if (cached !== undefined) return cached;
    const at = changes;
    const runningKey = `${at}\u0000${key}`;
    let running = matching.get(runningKey);
    if (!running) {
      running = textCandidates(text).then((candidates) => {
        if (changes === at) textCache.set(key, candidates, candidates ? columns.keptBytes(candidates) : 64);
        return candidates;
      });
      matching.set(runningKey, running);
      void running.finally(() => matching.delete(runningKey)).catch(() => {});
    }
    return running;
  }

  async function textCandidates(text: string): Promise<Candidates> {
    const { terms } = analyseQuery(text, synonyms);
    if (terms.length === 0) return null;
    const { match, substrings } = plan(terms);
    // What the resident typed beats what we expanded it to (synonyms, typos, variants):
    // documents that match the typed words themselves rank higher.
    const exact = terms.map((t) => `(${[t.prefix ? `${quote(t.word)}*` : quote(t.word), ...t.forms.map(quote)].join(' OR ')})`).join(' AND ');
    const rows = await matcher.run({ match: match || null, substrings: substrings.map(quote), exact });

    let scores: Map<number, number> | null = null;
    if (match) {
      scores = new Map();
      for (let i = 0; i < rows.rowids.length; i++) scores.set(rows.rowids[i]!, -rows.ranks[i]!);
    }
    for (const found of rows.substrings) {
      const ids = new Set(found);
      if (scores === null) {
        scores = new Map([...ids].map((id) => [id, 1]));
      } else {
        for (const id of scores.keys()) if (!ids.has(id)) scores.delete(id);
      }
    }
    if (!scores) return { slots: new Int32Array(0), scores: new Float64Array(0) };
    for (const rowid of rows.exact) {
      const score = scores.get(rowid);
      if (score !== undefined) scores.set(rowid, score * 2);
    }
    // A title that contains every word typed is what the resident meant, most of the time.
    const words = terms.filter((t) => !t.word.includes(' ')).map((t) => t.word);
    const slots = new Int32Array(scores.size);
    const values = new Float64Array(scores.size);
    let n = 0;
    for (const [rowid, score] of scores) {
      const slot = columns.slotOf(rowid);
      if (slot === undefined) continue;
      const title = columns.titleWords[slot]!;
      slots[n] = slot;
      values[n++] = words.length > 0 && words.every((w) => title.has(w)) ? score * 1.5 + 1 : score;
    }
    return { slots: slots.subarray(0, n), scores: values.subarray(0, n) };
  }

  return {
    name: 'embedded',

    async setup(settings: EngineSettings) {
      synonyms = settings.synonyms;
    },

    async upsert(batch) {
      upsertMany(batch);
      reorderAfterGrowth();
      forgetMatches();
    },

    async remove(ids) {
      removeMany(ids);
      forgetMatches();
    },

    async clear() {
      clearAll.immediate();
      columns.clear();
      forgetMatches();
      rowids.clear();
      vocabulary = null;
      vocabularySet = null;
    },

    async search(query: EngineQuery): Promise<EngineResult> {
      const textKey = normalise(query.text);
      return columns.query(query, await cachedTextCandidates(textKey, query.text), textKey);
    },

    async documentCount() {
      return columns.size;
    },

    async healthy() {
      return true;
    },

    async close() {
      await matcher.close();
    },
  };
}

