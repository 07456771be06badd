-- A queued document keeps who published it and its classification, as whoever queued it said: the worker that takes
-- it, perhaps on another machine, stores its source and engagements with them.
ALTER TABLE ingest_job ADD COLUMN outlet TEXT;
ALTER TABLE ingest_job ADD COLUMN classification TEXT NOT NULL DEFAULT 'public';
