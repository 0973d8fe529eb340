-- Baton schema version 3 for H2: cheaper journal inserts.
-- The ordering identity reserved 32 values at a time, and every reservation is a commit of its
-- own that rewrites the store when WRITE_DELAY=0: more than one per execution of a 20-state
-- machine. Reserving 10,000 at a time makes that rare. Values lost in a crash leave a gap in the
-- ordering, which readers of the journal already tolerate; a value is never handed out twice.
ALTER TABLE "event_journal" ALTER COLUMN "ordering" SET CACHE 10000;
-- The UNIQUE constraint on ordering has its own index already; this second one doubled the work.
DROP INDEX IF EXISTS "event_journal_ordering_idx";
-- Payloads up to 64 KiB (a decision's events, a snapshot) are stored in the row, not in H2's
-- separate LOB maps, which cost several more map writes per row. The setting is persistent.
SET MAX_LENGTH_INPLACE_LOB 65536;
