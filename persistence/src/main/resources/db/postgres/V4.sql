-- Baton schema version 4 for PostgreSQL: read events by tag through an index.
-- The listing projection polls "events with tag T after ordering N" several times a second; the
-- tag table's key is (event_id, tag), so this index lets a poll read only the rows past its offset
-- instead of every row of the tag.
CREATE INDEX IF NOT EXISTS event_tag_tag_idx ON event_tag (tag, event_id);
