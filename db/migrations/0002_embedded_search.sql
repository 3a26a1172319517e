-- The embedded search engine (api/search/embedded.ts): SQLite FTS5 in the same database file.
-- Hand-written: drizzle-kit cannot express virtual tables.
CREATE TABLE `search_docs` (
	`rowid` integer PRIMARY KEY,
	`id` text NOT NULL UNIQUE,
	-- The keyword, geo and time fields of the SearchDocument (JSON), loaded into memory for filters and facets.
	`data` text NOT NULL
);
--> statement-breakpoint
-- Words and prefixes, without diacritics. Column order is the weight order used by bm25().
-- Contentless: the text is kept by the store, the index only needs the words (smaller, faster).
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title, taxonomy, summary, places, compounds, description, extra, stems,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3 4',
	content = '',
	contentless_delete = 1
);
--> statement-breakpoint
-- Substrings of names and labels ("bank" in "voedselbank"), for words the word index does not know.
CREATE VIRTUAL TABLE `search_trigram` USING fts5(text, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1);
--> statement-breakpoint
-- The indexed words with their document counts, for typo tolerance.
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_fts`, 'row');
