-- Schema version 5: self-assessments, kept with their date so that a later
-- one can show growth. Each map is a JSON object (skill or domain id → level);
-- the core checks their contents before writing and after reading.
CREATE TABLE assessment (
    taken_at     TEXT PRIMARY KEY,
    ratings      TEXT NOT NULL CHECK (json_valid(ratings) AND json_type(ratings) = 'object'),
    interests    TEXT NOT NULL CHECK (json_valid(interests) AND json_type(interests) = 'object'),
    known_skills TEXT NOT NULL CHECK (json_valid(known_skills) AND json_type(known_skills) = 'object')
) STRICT;
