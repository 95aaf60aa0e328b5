-- Issue 17, the calendar: the State Council's holidays and make-up working days of every year since 2024 come
-- from a maintained library (tyme4j LegalHoliday); a year an administrator keeps is listed here and its days
-- in calendar_day override the library's. A year in neither has no data: its deadlines are provisional.
create table calendar_year (
    year_number integer     not null primary key,
    kept_by     varchar(64) not null,
    kept_at     timestamp   not null
);

-- The days seeded for 2025 and 2026 are those notices, which the library now supplies; any other day an
-- administrator entered stays, and its year stays the administrator's.
delete from calendar_day where (on_date >= date '2025-01-01' and on_date <= date '2025-12-31' and notice = '国办发明电〔2024〕12号')
    or (on_date >= date '2026-01-01' and on_date <= date '2026-12-31' and notice = '国办发明电〔2025〕7号');
insert into calendar_year (year_number, kept_by, kept_at)
    select distinct cast(extract(year from on_date) as integer), 'migration V21', current_timestamp from calendar_day;

-- A publicity deadline counted into a year without data is provisional until that year's data arrives;
-- the daily deadline check and every calendar change count the stored deadlines again.
alter table draw_target add column publish_due_provisional boolean default false not null;
