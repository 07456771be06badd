-- A citation's evidence spans move into the citation row, as one JSON array of [field, start, end, confidence, value]:
-- spans are only ever read and written whole, a citation at a time, and a row each made storing a report cost a
-- B-tree insert per span (ten or so a report) for nothing a query ever asked of them one by one.
ALTER TABLE citation ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
UPDATE citation SET evidence = (
    SELECT json_group_array(json_array(field, start_offset, end_offset, confidence, value))
    FROM (SELECT field, start_offset, end_offset, confidence, value FROM evidence e
          WHERE e.engagement_id = citation.engagement_id AND e.source_id = citation.source_id ORDER BY seq));
DROP TABLE evidence;
