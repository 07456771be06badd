-- Every list and count of engagements filters by the reader's clearance: counting the public ones of a large log scanned
-- the whole table; with this index it reads the index alone.
CREATE INDEX engagement_classification ON engagement (classification, start_date);
