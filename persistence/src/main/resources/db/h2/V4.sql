-- Baton schema version 4 for H2: read events by tag through an index.
-- The listing projection polls "events with tag T after ordering N" several times a second. The
-- tag table's key is (event_id, tag), so without this index every poll scanned the whole table:
-- a cost that grew with the journal until it took most of the node's CPU. With it, a poll reads
-- only the rows past its offset.
CREATE INDEX IF NOT EXISTS "event_tag_tag_idx" ON "event_tag" ("tag", "event_id");
