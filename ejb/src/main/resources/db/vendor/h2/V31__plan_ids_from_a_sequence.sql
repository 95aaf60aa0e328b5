-- Inspection plans became JPA entities, and EclipseLink reads a new identity on H2 with CALL IDENTITY(), which H2 2.x
-- no longer has: their ids now come from a sequence stepping by 50 (each node takes a block of 50 ids at a time, as
-- for businesses and models). It starts a step above the highest id given so far, so no block holds an id in use.
-- An insert that names no id (the benchmarks' SQL) takes the sequence's next value, the top of a block nobody takes.
create sequence inspection_plan_seq start with (select coalesce(max(id), 0) + 50 from inspection_plan) increment by 50;
alter table inspection_plan alter column id drop identity;
alter table inspection_plan alter column id set default next value for inspection_plan_seq;
