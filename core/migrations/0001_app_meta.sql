-- Schema version 1: facts about this database itself.
-- `created_at` and `created_by_version` are written once, when the file is
-- first created; `last_opened_by_version` on every open. They let support
-- questions ("which Pathway made this file?") be answered from the file alone.
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
