-- Schema version 4: the user's choices in Explore: one target role, and the
-- certifications they mean to take (in the order added). The planner builds on them.
CREATE TABLE choice (
    kind     TEXT NOT NULL CHECK (kind IN ('target_role', 'certification')),
    id       TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) STRICT;
