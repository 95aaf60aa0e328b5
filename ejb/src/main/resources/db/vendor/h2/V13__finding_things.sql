-- Finding things at 1,000,000 businesses: the audit log filtered by actor, agency, action (prefix),
-- target (prefix, on the existing audit_entry_target_idx) and time, newest first; published
-- inspection results newest first. H2 uses a plain index for LIKE 'prefix%'.
create index audit_entry_actor_idx on audit_entry (actor, seq);
create index audit_entry_agency_idx on audit_entry (agency_code, seq);
create index audit_entry_action_idx on audit_entry (action, seq);
create index audit_entry_at_idx on audit_entry (at);
create index draw_target_published_idx on draw_target (published_at);
