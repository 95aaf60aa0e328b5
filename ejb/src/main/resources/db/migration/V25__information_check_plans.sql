-- A plan's purpose: an ordinary double-random inspection, or the yearly check of the information
-- enterprises publish (企业公示信息抽查), which must reach at least 3 % of them a year.
alter table inspection_plan add column purpose varchar(24) default 'ROUTINE' not null;
alter table inspection_plan add constraint inspection_plan_purpose_ck check (purpose in ('ROUTINE', 'INFORMATION_CHECK'));
