-- Schema version 7: what the user records as they go.
-- Study sessions are the one high-volume kind (years of daily rows), so they
-- have real columns and an index by date. The other kinds are few per user
-- and are read whole: each row holds its record as JSON, which the core checks
-- when it writes and when it reads. `state` (an application's current stage)
-- and `due` (its next action's date, or a contact's open follow-up) are copied
-- out of the JSON so that the dashboard counts and finds them without parsing.
CREATE TABLE session (
    id           TEXT PRIMARY KEY,
    date         TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    plan_id      TEXT,
    milestone_id TEXT,
    skill        TEXT,
    note         TEXT NOT NULL
) STRICT;
CREATE INDEX session_by_date ON session (date);

CREATE TABLE attempt (id TEXT PRIMARY KEY, date TEXT NOT NULL, state TEXT, due TEXT, body TEXT NOT NULL CHECK (json_valid(body))) STRICT;
CREATE TABLE project (id TEXT PRIMARY KEY, date TEXT NOT NULL, state TEXT, due TEXT, body TEXT NOT NULL CHECK (json_valid(body))) STRICT;
CREATE TABLE contact (id TEXT PRIMARY KEY, date TEXT NOT NULL, state TEXT, due TEXT, body TEXT NOT NULL CHECK (json_valid(body))) STRICT;
CREATE TABLE application (id TEXT PRIMARY KEY, date TEXT NOT NULL, state TEXT, due TEXT, body TEXT NOT NULL CHECK (json_valid(body))) STRICT;
CREATE INDEX application_due ON application (due);
CREATE INDEX contact_due ON contact (due);

-- The running study timer: at most one row.
CREATE TABLE timer (
    only         INTEGER PRIMARY KEY CHECK (only = 1),
    started_at   TEXT NOT NULL,
    plan_id      TEXT,
    milestone_id TEXT
) STRICT;
