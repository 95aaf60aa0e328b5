-- The overview lists the latest grade changes (H2 has no partial indexes: kind, then sequence).
create index change_log_grade_changed_idx on change_log (kind, seq);
