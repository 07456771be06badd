-- How action lines came along: each dated change of status, so that a plan's progress can be told at any date
-- ("99 of 139 implemented" at the 2024 Joint Cooperation Committee). Saving a plan rewrites its lines and these.
CREATE TABLE action_line_change (
    plan_id TEXT NOT NULL,
    number  TEXT NOT NULL,
    on_date TEXT NOT NULL,
    status  TEXT NOT NULL,
    PRIMARY KEY (plan_id, number, on_date),
    FOREIGN KEY (plan_id, number) REFERENCES action_line (plan_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

-- An editor's answer to a suggested link between an action line and an engagement: accepted (the engagement is evidence
-- of the line) or rejected (not suggested again). Kept apart from the plan, so that re-importing a plan keeps them.
CREATE TABLE action_line_link (
    plan_id       TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number        TEXT NOT NULL,
    engagement_id INTEGER NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    accepted      INTEGER NOT NULL,
    PRIMARY KEY (plan_id, number, engagement_id)
) WITHOUT ROWID;
CREATE INDEX action_line_link_engagement ON action_line_link (engagement_id);
