-- What later sources say that an engagement's record does not: raised by ingestion instead of overwriting,
-- settled by a reviewer. Each flag names the field, the value proposed and the source that gives it.
CREATE TABLE review_flag (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    field         TEXT NOT NULL,
    proposed      TEXT NOT NULL,
    source_id     INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (engagement_id, seq)
) WITHOUT ROWID;
