-- A source's full-text entry is written by the session that stores it, once for all the sources of its transaction,
-- rather than by a trigger at each insert: FTS5 writes what it holds in memory to disk at every statement that opens
-- a savepoint, so a trigger made a tiny index segment for every document of an ingestion batch, and merged them.
DROP TRIGGER source_fts_insert;
