-- Schema version 2: the user's profile (one row). Amounts are integer minor
-- units of `currency`; choices are the short codes of pathway_core::profile.
CREATE TABLE profile (
    id                        INTEGER PRIMARY KEY CHECK (id = 1),
    name                      TEXT,
    country                   TEXT,
    currency                  TEXT NOT NULL,
    role                      TEXT,
    base_pay_minor            INTEGER CHECK (base_pay_minor >= 0),
    night_differential_minor  INTEGER CHECK (night_differential_minor >= 0),
    allowances_minor          INTEGER CHECK (allowances_minor >= 0),
    thirteenth_month          INTEGER NOT NULL DEFAULT 0 CHECK (thirteenth_month IN (0, 1)),
    monthly_expenses_minor    INTEGER CHECK (monthly_expenses_minor >= 0),
    savings_minor             INTEGER CHECK (savings_minor >= 0),
    hours_per_week            INTEGER CHECK (hours_per_week BETWEEN 1 AND 80),
    shift                     TEXT,
    free_weekdays             TEXT NOT NULL DEFAULT '',
    preferred_study_time      TEXT,
    start_date                TEXT,
    sponsorship               TEXT,
    updated_at                TEXT NOT NULL
) STRICT;
