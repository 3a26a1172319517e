-- Two changes that make building the embedded search index faster (api/search/embedded.ts).
--
-- 1. The word index without FTS5 prefix indexes (they were prefix = '2 3 4'). Every word was also
-- written to three prefix indexes: without them a 100k-listing index builds about a third faster
-- (6,970 → 9,540 listings/s, measured from empty tables). A prefix query now reads the doclists
-- of the words that start with it, as it already did for prefixes longer than four letters;
-- FTS5 queries of 2–4 letter prefixes measured 0–30 % slower (bm25 over the matches is most of
-- their cost either way). The index is rebuilt here from its own text (search_text).
DROP TABLE `search_vocab`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
-- Words, without diacritics. Column order is the weight order used by bm25().
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title, taxonomy, summary, places, compounds, description, extra, stems,
	tokenize = 'unicode61 remove_diacritics 2',
	content = 'search_text',
	content_rowid = 'rowid'
);
--> statement-breakpoint
-- The indexed words with their document counts, for typo tolerance.
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_fts`, 'row');
--> statement-breakpoint
INSERT INTO `search_fts` (`search_fts`) VALUES ('rebuild');
--> statement-breakpoint
-- 2. search_docs.id without its UNIQUE index. Listing ids are random UUIDs: each batch of 1,000
-- documents touched about as many pages of that index, which every commit wrote out again (a
-- tenth of the engine's SQLite time). Nothing looks a document up by id in SQL: the engine keeps
-- id → rowid in memory (loaded from this table at start) and writes through it. Should a second
-- engine on the same file (`npm run reindex` next to a running server) store an id twice, the
-- engine keeps the newest row at its next start and deletes the others.
CREATE TABLE `search_docs_new` (
	`rowid` integer PRIMARY KEY,
	`id` text NOT NULL,
	-- The keyword, geo and time fields of the SearchDocument (JSON), loaded into memory for filters and facets.
	`data` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_docs_new` (`rowid`, `id`, `data`) SELECT `rowid`, `id`, `data` FROM `search_docs`;
--> statement-breakpoint
DROP TABLE `search_docs`;
--> statement-breakpoint
ALTER TABLE `search_docs_new` RENAME TO `search_docs`;
