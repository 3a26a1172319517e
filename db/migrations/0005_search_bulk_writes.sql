-- FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MB by
-- default), so one indexer batch (api/search/indexer.ts) became several small segments, each
-- merged again later. 32 MB holds a whole batch: one segment per transaction. Only a large
-- transaction ever holds that much; a single listing's change stays small.
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('hashsize', 33554432);
--> statement-breakpoint
INSERT INTO `search_trigram` (`search_trigram`, `rank`) VALUES ('hashsize', 33554432);
