-- The serious list's exit rules: a listing ends by itself after 3 years (ends_on) unless renewed,
-- and early removal needs the penalty's fulfilment. removal_kind says how an entry left its list:
-- REMOVED by a person (the cause cured, or the period over), EARLY (before ends_on, after at least
-- a year, with the fulfilment stated), EXPIRED (ended by itself at ends_on).
alter table list_entry add column ends_on date;
alter table list_entry add column removal_kind varchar(8);
alter table list_entry add column fulfilment varchar(4000);
alter table list_entry add column renewed_on date;
alter table list_entry add column renewed_by varchar(64);
alter table list_entry add column renewal_reason varchar(1000);
alter table list_entry add constraint list_entry_removal_kind_ck
    check (removal_kind is null or removal_kind in ('REMOVED', 'EARLY', 'EXPIRED'));

-- Entries made before: 3 years from their listing; those already off their list were removed by a person.
update list_entry set ends_on = cast(listed_on + interval '3' year as date) where list_type = 'SERIOUS_ILLEGAL';
update list_entry set removal_kind = 'REMOVED' where removed_on is not null;
create index list_entry_ends_idx on list_entry (ends_on);
