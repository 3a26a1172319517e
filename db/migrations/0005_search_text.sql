-- The embedded engine's word index keeps its text (external content) instead of being contentless.
-- A contentless_delete table cannot take a deleted row's words out of the totals that bm25 ranks
-- by (row count, words per column): every re-index of a listing skewed them, so ranking drifted
-- the longer the index lived. With the text at hand, FTS5 takes out exactly what it put in.
-- The index cannot be converted: it is emptied here and rebuilt from the store at the next start
-- (api/search/indexer.ts rebuilds an empty index when listings are published).
DROP TABLE `search_vocab`;
--> statement-breakpoint
DROP TABLE `search_fts`;
--> statement-breakpoint
INSERT INTO `search_trigram` (`search_trigram`) VALUES ('delete-all');
--> statement-breakpoint
DELETE FROM `search_docs`;
--> statement-breakpoint
-- What search_fts indexes, per search_docs row (same rowid).
CREATE TABLE `search_text` (
	`rowid` integer PRIMARY KEY,
	`title` text NOT NULL,
	`taxonomy` text NOT NULL,
	`summary` text NOT NULL,
	`places` text NOT NULL,
	`compounds` text NOT NULL,
	`description` text NOT NULL,
	`extra` text NOT NULL,
	`stems` text NOT NULL
);
--> statement-breakpoint
-- Words and prefixes, without diacritics. Column order is the weight order used by bm25().
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title, taxonomy, summary, places, compounds, description, extra, stems,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3 4',
	content = 'search_text',
	content_rowid = 'rowid'
);
--> statement-breakpoint
-- The indexed words with their document counts, for typo tolerance.
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_fts`, 'row');
