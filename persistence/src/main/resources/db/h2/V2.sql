-- Baton schema version 2 for H2: the tables of akka-projection-jdbc 1.4.0 that keep the execution
-- listing projection's offsets. Its h2-dialect quotes lower-case names (use-lowercase-schema), so
-- these names are quoted too.
CREATE TABLE IF NOT EXISTS "akka_projection_offset_store" (
    "projection_name" VARCHAR(255) NOT NULL,
    "projection_key" VARCHAR(255) NOT NULL,
    "current_offset" VARCHAR(255) NOT NULL,
    "manifest" VARCHAR(4) NOT NULL,
    "mergeable" BOOLEAN NOT NULL,
    "last_updated" BIGINT NOT NULL,
    PRIMARY KEY("projection_name", "projection_key")
);
CREATE INDEX IF NOT EXISTS "projection_name_index" ON "akka_projection_offset_store" ("projection_name");
CREATE TABLE IF NOT EXISTS "akka_projection_management" (
    "projection_name" VARCHAR(255) NOT NULL,
    "projection_key" VARCHAR(255) NOT NULL,
    "paused" BOOLEAN NOT NULL,
    "last_updated" BIGINT NOT NULL,
    PRIMARY KEY("projection_name", "projection_key")
);
