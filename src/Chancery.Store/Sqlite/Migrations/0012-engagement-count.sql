-- How many engagements the whole log holds, by year, kind and classification, kept by triggers as engagements are
-- stored, changed and deleted: the log unfiltered counts a few hundred rows of it rather than every engagement
-- (engagement_tally counts by party, and an engagement of several parties is in it once for each). Year 0 holds the undated.
CREATE TABLE engagement_count (
    year           INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    classification TEXT NOT NULL,
    engagements    INTEGER NOT NULL,
    PRIMARY KEY (year, kind, classification)
) WITHOUT ROWID;

INSERT INTO engagement_count (year, kind, classification, engagements)
SELECT coalesce(CAST(substr(start_date, 1, 4) AS INTEGER), 0), kind, classification, count(*)
FROM engagement
GROUP BY 1, 2, 3;

CREATE TRIGGER engagement_count_added AFTER INSERT ON engagement
BEGIN
    INSERT INTO engagement_count (year, kind, classification, engagements)
    VALUES (coalesce(CAST(substr(NEW.start_date, 1, 4) AS INTEGER), 0), NEW.kind, NEW.classification, 1)
    ON CONFLICT (year, kind, classification) DO UPDATE SET engagements = engagements + 1;
END;

CREATE TRIGGER engagement_count_removed AFTER DELETE ON engagement
BEGIN
    UPDATE engagement_count SET engagements = engagements - 1
    WHERE year = coalesce(CAST(substr(OLD.start_date, 1, 4) AS INTEGER), 0) AND kind = OLD.kind AND classification = OLD.classification;
END;

CREATE TRIGGER engagement_count_changed AFTER UPDATE OF start_date, kind, classification ON engagement
WHEN OLD.start_date IS NOT NEW.start_date OR OLD.kind IS NOT NEW.kind OR OLD.classification IS NOT NEW.classification
BEGIN
    UPDATE engagement_count SET engagements = engagements - 1
    WHERE year = coalesce(CAST(substr(OLD.start_date, 1, 4) AS INTEGER), 0) AND kind = OLD.kind AND classification = OLD.classification;
    INSERT INTO engagement_count (year, kind, classification, engagements)
    VALUES (coalesce(CAST(substr(NEW.start_date, 1, 4) AS INTEGER), 0), NEW.kind, NEW.classification, 1)
    ON CONFLICT (year, kind, classification) DO UPDATE SET engagements = engagements + 1;
END;
