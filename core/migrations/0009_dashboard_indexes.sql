-- Schema version 9: indexes that answer Home's sums on their own. Home adds
-- up years of study sessions (all of them, the last weeks by day, and the
-- active plan's by milestone) and counts applications by stage. With the
-- minutes inside each index, SQLite reads the index alone, never the rows.
-- Nothing is stored that was not before: a version-8 database gains the
-- indexes and keeps every row.
DROP INDEX session_by_date;
CREATE INDEX session_minutes_by_date ON session (date, minutes);
CREATE INDEX session_minutes_by_milestone ON session (plan_id, milestone_id, minutes);
CREATE INDEX application_by_state ON application (state);
