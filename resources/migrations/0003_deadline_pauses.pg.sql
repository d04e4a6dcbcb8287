-- PostgreSQL form of 0003_deadline_pauses.sql.
-- Differs only in the column type: SQLite INTEGER (64-bit) is bigint here,
-- PostgreSQL's integer being 32-bit.
-- Version 3: what the deadline engine records beyond version 1.
--
-- A pause stops an item's clock for a stated, approved span of days (waiting
-- on a regulator, say); the due date moves on by the paused days and then off
-- a rest day. It is kept on the extension row so that every move of a due
-- date, with who asked and who approved it, stays in one table.
ALTER TABLE deadline_extensions ADD COLUMN paused_from text;
ALTER TABLE deadline_extensions ADD COLUMN paused_until text;

-- The containment clock runs under its own policy (default `containment`,
-- one working day) and may touch a year without a holiday calendar on its own.
ALTER TABLE deadlines ADD COLUMN containment_policy text;
ALTER TABLE deadlines ADD COLUMN containment_calendar_complete bigint
    CHECK (containment_calendar_complete IS NULL OR containment_calendar_complete IN (0, 1));

-- Status counts over every deadline read this narrow index instead of the
-- wide rows (about half the time at a million items).
CREATE INDEX deadlines_status ON deadlines(due, verification, remediated_at);
