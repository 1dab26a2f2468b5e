-- Schema version 8: whether Pathway may show a desktop notification at
-- start-up when something is due. Off unless the user turns it on.
ALTER TABLE profile ADD COLUMN remind_on_start INTEGER NOT NULL DEFAULT 0 CHECK (remind_on_start IN (0, 1));
