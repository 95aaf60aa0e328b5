-- A joint plan uses the items and inspectors of every agency it names: an administrator of each
-- participating agency confirms it before it is published. Changing a draft plan clears the
-- confirmations given so far (they were given to the plan as it was).
create table plan_consent (
    plan_id      bigint      not null references inspection_plan (id) on delete cascade,
    agency_id    bigint      not null references agency (id),
    consented_by varchar(64) not null,
    consented_at timestamp   not null,
    constraint plan_consent_pk primary key (plan_id, agency_id)
);
