-- How many engagements each party had, by year, kind and classification, kept by triggers as engagements are stored:
-- the dashboard's heatmap, the partners' counts and the analytics read a few thousand rows of it rather than count a
-- whole log of engagements at every request. Year 0 holds the undated.
CREATE TABLE engagement_tally (
    actor_id       TEXT NOT NULL,
    year           INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    classification TEXT NOT NULL,
    engagements    INTEGER NOT NULL,
    PRIMARY KEY (actor_id, year, kind, classification)
) WITHOUT ROWID;

INSERT INTO engagement_tally (actor_id, year, kind, classification, engagements)
SELECT p.actor_id, coalesce(CAST(substr(e.start_date, 1, 4) AS INTEGER), 0), e.kind, e.classification, count(*)
FROM engagement_party p JOIN engagement e ON e.id = p.engagement_id
GROUP BY 1, 2, 3, 4;

CREATE TRIGGER engagement_tally_party_added AFTER INSERT ON engagement_party
BEGIN
    INSERT INTO engagement_tally (actor_id, year, kind, classification, engagements)
    SELECT NEW.actor_id, coalesce(CAST(substr(e.start_date, 1, 4) AS INTEGER), 0), e.kind, e.classification, 1
    FROM engagement e WHERE e.id = NEW.engagement_id
    ON CONFLICT (actor_id, year, kind, classification) DO UPDATE SET engagements = engagements + 1;
END;

CREATE TRIGGER engagement_tally_party_removed AFTER DELETE ON engagement_party
BEGIN
    UPDATE engagement_tally SET engagements = engagements - 1
    WHERE (actor_id, year, kind, classification) IN (
        SELECT OLD.actor_id, coalesce(CAST(substr(e.start_date, 1, 4) AS INTEGER), 0), e.kind, e.classification
        FROM engagement e WHERE e.id = OLD.engagement_id);
END;

CREATE TRIGGER engagement_tally_engagement_changed AFTER UPDATE OF start_date, kind, classification ON engagement
WHEN OLD.start_date IS NOT NEW.start_date OR OLD.kind IS NOT NEW.kind OR OLD.classification IS NOT NEW.classification
BEGIN
    UPDATE engagement_tally SET engagements = engagements - 1
    WHERE year = coalesce(CAST(substr(OLD.start_date, 1, 4) AS INTEGER), 0) AND kind = OLD.kind AND classification = OLD.classification
      AND actor_id IN (SELECT actor_id FROM engagement_party WHERE engagement_id = NEW.id);
    INSERT INTO engagement_tally (actor_id, year, kind, classification, engagements)
    SELECT actor_id, coalesce(CAST(substr(NEW.start_date, 1, 4) AS INTEGER), 0), NEW.kind, NEW.classification, 1
    FROM engagement_party WHERE engagement_id = NEW.id
    ON CONFLICT (actor_id, year, kind, classification) DO UPDATE SET engagements = engagements + 1;
END;
