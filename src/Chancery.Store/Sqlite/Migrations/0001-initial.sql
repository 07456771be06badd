-- Chancery's first schema. Dates are ISO 8601 text (YYYY-MM-DD, or YYYY / YYYY-MM where only partly
-- known); taxonomies are stored as their slugs ('courtesy-call'); lists of names as JSON arrays.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE actor (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    official_name TEXT NOT NULL,
    aliases       TEXT NOT NULL DEFAULT '[]',
    demonyms      TEXT NOT NULL DEFAULT '[]',
    adjectives    TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

CREATE TABLE partnership_status (
    partner TEXT NOT NULL REFERENCES actor (id),
    since   TEXT NOT NULL,
    status  TEXT NOT NULL,
    PRIMARY KEY (partner, since, status)
) WITHOUT ROWID;

CREATE TABLE coordinator_term (
    partner     TEXT NOT NULL REFERENCES actor (id),
    from_date   TEXT NOT NULL,
    coordinator TEXT NOT NULL REFERENCES actor (id),
    to_date     TEXT,
    PRIMARY KEY (partner, from_date, coordinator)
) WITHOUT ROWID;

CREATE TABLE person (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX person_name ON person (name COLLATE NOCASE);

CREATE TABLE position (
    person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    title         TEXT NOT NULL,
    affiliation   TEXT NOT NULL REFERENCES actor (id),
    accredited_to TEXT REFERENCES actor (id),
    portfolio     TEXT,
    from_date     TEXT,
    to_date       TEXT,
    PRIMARY KEY (person_id, seq)
) WITHOUT ROWID;
CREATE INDEX position_affiliation ON position (affiliation);

CREATE TABLE mechanism (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    acronym        TEXT,
    aliases        TEXT NOT NULL DEFAULT '[]',
    kind           TEXT NOT NULL,
    level          TEXT NOT NULL,
    cadence_months INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE mechanism_party (
    mechanism_id TEXT NOT NULL REFERENCES mechanism (id) ON DELETE CASCADE,
    actor_id     TEXT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (mechanism_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX mechanism_party_actor ON mechanism_party (actor_id);

CREATE TABLE sitting (
    mechanism_id TEXT NOT NULL REFERENCES mechanism (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start_date   TEXT,
    end_date     TEXT,
    city         TEXT,
    country      TEXT REFERENCES actor (id),
    PRIMARY KEY (mechanism_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE plan (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    short_title TEXT NOT NULL,
    first_year  INTEGER NOT NULL,
    last_year   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE plan_party (
    plan_id  TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (plan_id, actor_id)
) WITHOUT ROWID;

CREATE TABLE plan_section (
    plan_id TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number  TEXT NOT NULL,
    title   TEXT NOT NULL,
    PRIMARY KEY (plan_id, number)
) WITHOUT ROWID;

CREATE TABLE action_line (
    plan_id TEXT NOT NULL,
    section TEXT NOT NULL,
    number  TEXT NOT NULL,
    text    TEXT NOT NULL,
    sector  TEXT,
    status  TEXT NOT NULL,
    PRIMARY KEY (plan_id, number),
    FOREIGN KEY (plan_id, section) REFERENCES plan_section (plan_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE source (
    id             INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL UNIQUE,
    url            TEXT,
    outlet         TEXT,
    title          TEXT,
    published      TEXT,
    classification TEXT NOT NULL,
    text           TEXT NOT NULL
);
CREATE INDEX source_url ON source (url) WHERE url IS NOT NULL;

CREATE TABLE engagement (
    id             INTEGER PRIMARY KEY,
    start_date     TEXT,
    end_date       TEXT,
    kind           TEXT NOT NULL,
    mechanism_id   TEXT REFERENCES mechanism (id),
    ordinal        INTEGER,
    venue          TEXT,
    city           TEXT,
    country        TEXT REFERENCES actor (id),
    virtual        INTEGER NOT NULL DEFAULT 0,
    summary        TEXT NOT NULL DEFAULT '',
    review         TEXT NOT NULL,
    classification TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX engagement_date ON engagement (start_date DESC, id DESC);
CREATE INDEX engagement_kind ON engagement (kind, start_date);
CREATE INDEX engagement_mechanism ON engagement (mechanism_id, ordinal);

CREATE TABLE engagement_party (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    actor_id      TEXT NOT NULL REFERENCES actor (id),
    PRIMARY KEY (engagement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX engagement_party_actor ON engagement_party (actor_id, engagement_id);

CREATE TABLE participant (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    person_id     INTEGER NOT NULL REFERENCES person (id),
    title         TEXT NOT NULL,
    affiliation   TEXT REFERENCES actor (id),
    PRIMARY KEY (engagement_id, seq)
) WITHOUT ROWID;
CREATE INDEX participant_person ON participant (person_id, engagement_id);

CREATE TABLE engagement_sector (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    sector        TEXT NOT NULL,
    PRIMARY KEY (engagement_id, sector)
) WITHOUT ROWID;
CREATE INDEX engagement_sector_sector ON engagement_sector (sector, engagement_id);

CREATE TABLE engagement_stance (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    actor_id      TEXT NOT NULL REFERENCES actor (id),
    stance        TEXT NOT NULL,
    PRIMARY KEY (engagement_id, actor_id, stance)
) WITHOUT ROWID;

CREATE TABLE engagement_plan (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    plan_id       TEXT NOT NULL REFERENCES plan (id),
    PRIMARY KEY (engagement_id, plan_id)
) WITHOUT ROWID;

CREATE TABLE citation (
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    source_id     INTEGER NOT NULL REFERENCES source (id),
    role          TEXT NOT NULL,
    PRIMARY KEY (engagement_id, source_id)
) WITHOUT ROWID;
CREATE INDEX citation_source ON citation (source_id);

CREATE TABLE evidence (
    engagement_id INTEGER NOT NULL,
    source_id     INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    field         TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    confidence    REAL NOT NULL,
    value         TEXT,
    PRIMARY KEY (engagement_id, source_id, seq),
    FOREIGN KEY (engagement_id, source_id) REFERENCES citation (engagement_id, source_id) ON DELETE CASCADE
) WITHOUT ROWID;

-- Full-text search. Engagements: the summary, every name they involve (parties, people, titles,
-- mechanism, kind, sectors) and the place; kept by the store on every save, rowid = engagement id.
CREATE VIRTUAL TABLE engagement_fts USING fts5 (summary, names, place, tokenize = 'unicode61 remove_diacritics 2');

-- Sources: title and text, indexed from the source table itself.
CREATE VIRTUAL TABLE source_fts USING fts5 (title, text, content = 'source', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER source_fts_insert AFTER INSERT ON source BEGIN
    INSERT INTO source_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER source_fts_delete AFTER DELETE ON source BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER source_fts_update AFTER UPDATE ON source BEGIN
    INSERT INTO source_fts (source_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO source_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
