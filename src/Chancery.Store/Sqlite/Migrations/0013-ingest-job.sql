-- The ingest queue: documents waiting to be read into the store, claimed one at a time by workers (`chancery work`),
-- each on its own machine if need be. A job holds the document itself, so that a worker needs no access to the files
-- of whoever queued it. A job running for too long (its worker died) is claimed again.
CREATE TABLE ingest_job (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    content     BLOB NOT NULL,
    state       TEXT NOT NULL DEFAULT 'queued',
    worker      TEXT,
    error       TEXT,
    queued_at   TEXT NOT NULL,
    started_at  TEXT,
    finished_at TEXT
);
CREATE INDEX ingest_job_state ON ingest_job (state, id);
