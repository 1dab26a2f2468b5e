-- Schema version 6: plans (scenarios) and their milestones, in order. One plan
-- is active. Lists (prerequisites, links) and the hours' provenance are JSON;
-- the core checks every plan whole before writing it and after reading it.
CREATE TABLE plan (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    target_role        TEXT,
    certifications     TEXT NOT NULL CHECK (json_valid(certifications) AND json_type(certifications) = 'array'),
    parallel_share_pct INTEGER NOT NULL CHECK (parallel_share_pct BETWEEN 0 AND 100),
    active             INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at         TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX one_active_plan ON plan (active) WHERE active = 1;

CREATE TABLE milestone (
    plan_id           TEXT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    id                TEXT NOT NULL,
    position          INTEGER NOT NULL,
    title             TEXT NOT NULL,
    phase             TEXT NOT NULL CHECK (phase IN ('goal', 'foundations', 'labs', 'certification', 'portfolio', 'networking', 'job_search')),
    hours_hundredths  INTEGER NOT NULL CHECK (hours_hundredths BETWEEN 0 AND 1000000),
    hours_basis       TEXT NOT NULL CHECK (json_valid(hours_basis)),
    after             TEXT NOT NULL CHECK (json_valid(after) AND json_type(after) = 'array'),
    parallel          INTEGER NOT NULL CHECK (parallel IN (0, 1)),
    exam              TEXT,
    skill             TEXT,
    status            TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'skipped')),
    started_on        TEXT,
    done_start        TEXT,
    done_end          TEXT,
    notes             TEXT NOT NULL,
    links             TEXT NOT NULL CHECK (json_valid(links) AND json_type(links) = 'array'),
    PRIMARY KEY (plan_id, id),
    UNIQUE (plan_id, position)
) STRICT;
