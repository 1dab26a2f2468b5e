-- Schema version 10: what public training routes ask about the user, and
-- the route she chose. The profile gains four optional answers (year of
-- birth, whether she works now, whether her employer already trains her,
-- whether she is a citizen where she lives); a version-9 profile keeps every
-- value and has these unanswered. A choice may now also be a route: the
-- table is rebuilt because SQLite cannot widen a CHECK in place, and every
-- row is copied in its order (rowid), which orders choices made in one second.
ALTER TABLE profile ADD COLUMN birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100);
ALTER TABLE profile ADD COLUMN employment TEXT CHECK (employment IN ('employed', 'not_employed'));
ALTER TABLE profile ADD COLUMN employer_trained TEXT CHECK (employer_trained IN ('yes', 'no'));
ALTER TABLE profile ADD COLUMN citizen TEXT CHECK (citizen IN ('yes', 'no'));

CREATE TABLE choice_v10 (
    kind     TEXT NOT NULL CHECK (kind IN ('target_role', 'certification', 'route')),
    id       TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) STRICT;
INSERT INTO choice_v10 (kind, id, added_at) SELECT kind, id, added_at FROM choice ORDER BY rowid;
DROP TABLE choice;
ALTER TABLE choice_v10 RENAME TO choice;
