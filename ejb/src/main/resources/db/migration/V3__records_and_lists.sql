-- Violation history and positive records, the two credit lists, and the change log.

create table record_category (
    id               bigint       not null primary key,
    code             varchar(48)  not null,
    name             varchar(200) not null,
    polarity         varchar(16)  not null,
    default_severity varchar(16),
    special_sector   boolean      not null,
    constraint record_category_code_uk unique (code),
    constraint record_category_polarity_ck check (polarity in ('NEGATIVE', 'POSITIVE')),
    constraint record_category_severity_ck check ((polarity = 'NEGATIVE') = (default_severity is not null))
);

-- Which agencies may report records of a category.
create table record_category_agency (
    category_id bigint not null references record_category (id),
    agency_id   bigint not null references agency (id),
    constraint record_category_agency_pk primary key (category_id, agency_id)
);

create sequence credit_record_seq start with 1 increment by 1;
-- Each intake (a record, a batch, a file) has an id; its records carry it.
create sequence intake_seq start with 1 increment by 1;
create table credit_record (
    id               bigint        not null primary key,
    business_id      bigint        not null references business (id),
    agency_id        bigint        not null references agency (id),
    category_id      bigint        not null references record_category (id),
    source_record_id varchar(64)   not null,
    severity         varchar(16),
    decision_number  varchar(100)  not null,
    decision_date    date          not null,
    legal_basis      varchar(500)  not null,
    penalty_type     varchar(32),
    penalty_amount   decimal(18, 2),
    publicity_end    date,
    content_hash     varchar(64)   not null,
    status           varchar(16)   not null,
    status_date      date,
    status_by        varchar(64),
    status_reason    varchar(1000),
    created_at       timestamp     not null,
    created_by       varchar(64)   not null,
    version          bigint        not null,
    intake_id        bigint        not null,
    constraint credit_record_source_uk unique (agency_id, source_record_id),
    constraint credit_record_status_ck check (status in ('ACTIVE', 'REVOKED', 'REPAIRED'))
);
create index credit_record_business_idx on credit_record (business_id, decision_date);
create index credit_record_publicity_idx on credit_record (decision_date, publicity_end);
create index credit_record_intake_idx on credit_record (intake_id);

create sequence repair_application_seq start with 1000 increment by 50;
create table repair_application (
    id              bigint        not null primary key,
    record_id       bigint        not null references credit_record (id),
    commitment      varchar(4000) not null,
    fulfilment      varchar(4000) not null,
    applied_on      date          not null,
    submitted_by    varchar(64)   not null,
    decision        varchar(16)   not null,
    decided_on      date,
    decided_by      varchar(64),
    decision_reason varchar(1000),
    version         bigint        not null,
    constraint repair_application_decision_ck check (decision in ('PENDING', 'APPROVED', 'REFUSED'))
);
create index repair_application_record_idx on repair_application (record_id);

create sequence list_entry_seq start with 1000 increment by 50;
create table list_entry (
    id             bigint        not null primary key,
    business_id    bigint        not null references business (id),
    list_type      varchar(32)   not null,
    agency_id      bigint        not null references agency (id),
    reason         varchar(1000) not null,
    listed_on      date          not null,
    listed_by      varchar(64)   not null,
    removed_on     date,
    removed_by     varchar(64),
    removal_reason varchar(1000),
    version        bigint        not null,
    constraint list_entry_type_ck check (list_type in ('ABNORMAL_OPERATIONS', 'SERIOUS_ILLEGAL'))
);
create index list_entry_business_idx on list_entry (business_id, list_type);

-- Every change to a business's records or list entries, in commit order. The sequence number is
-- taken under the counter row's lock, so numbers are handed out in the order transactions commit
-- and a reader that has seen number n has seen everything before it.
create table change_log_counter (
    id       integer not null primary key,
    last_seq bigint  not null
);
insert into change_log_counter (id, last_seq) values (1, 0);

-- A log, not a relation: no foreign keys, so that appending millions of entries in a bulk intake
-- costs an index entry each and no lookups (businesses and agencies are never deleted).
create table change_log (
    seq         bigint      not null primary key,
    business_id bigint      not null,
    uscc        varchar(18) not null,
    kind        varchar(32) not null,
    subject_id  bigint      not null,
    agency_id   bigint      not null,
    occurred_at timestamp   not null
);
create index change_log_business_idx on change_log (business_id);
