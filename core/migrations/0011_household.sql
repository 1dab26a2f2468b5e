-- Schema version 11: what decides how much she should have saved before she
-- moves. When she means to leave her current job (keeps it until the new one
-- starts, leaves to search once study ends, or leaves now to study), how
-- many people depend on her income, and whether hers is the only income. A
-- version-10 profile keeps every value and has these unanswered; the app
-- then assumes she keeps her job while she searches and says so once.
ALTER TABLE profile ADD COLUMN search_plan TEXT CHECK (search_plan IN ('keeps_job', 'leaves_to_search', 'leaves_to_study'));
ALTER TABLE profile ADD COLUMN dependants INTEGER CHECK (dependants BETWEEN 0 AND 20);
ALTER TABLE profile ADD COLUMN sole_income TEXT CHECK (sole_income IN ('yes', 'no'));
