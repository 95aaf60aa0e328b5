-- The overview lists the latest grade changes: a partial index holds only those entries of the change
-- log, so record intakes (millions of entries of other kinds) pay nothing for it.
create index change_log_grade_changed_idx on change_log (seq) where kind = 'GRADE_CHANGED';
