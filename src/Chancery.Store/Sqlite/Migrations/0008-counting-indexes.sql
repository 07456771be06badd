-- Which sittings of a mechanism a reader may know of depends on the classification of the engagements that tell them:
-- with the classification in the index, that is read from the index alone, for every mechanism at once.
DROP INDEX engagement_mechanism;
CREATE INDEX engagement_mechanism ON engagement (mechanism_id, ordinal, classification);

-- The drafts waiting for review, counted within a clearance on every dashboard, from the index alone.
CREATE INDEX engagement_review ON engagement (review, classification);
