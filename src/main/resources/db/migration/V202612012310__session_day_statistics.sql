-- Statistics for the session-day index, so the planner knows them from the first start, not the first autovacuum.
analyze unpaidwork.session;
