-- A queued document keeps who published it and its classification (SQLite's 0014).
ALTER TABLE ingest_job ADD COLUMN outlet text;
ALTER TABLE ingest_job ADD COLUMN classification text NOT NULL DEFAULT 'public';
