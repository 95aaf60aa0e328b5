-- The business registry, agencies, users and installation settings.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL. Ids come from sequences that step by the
-- JPA allocation size (50); hand-seeded rows use ids below the sequences' start.

create sequence agency_seq start with 1000 increment by 50;
create table agency (
    id   bigint       not null primary key,
    code varchar(32)  not null,
    name varchar(200) not null,
    kind varchar(32)  not null,
    constraint agency_code_uk unique (code)
);

create sequence business_seq start with 1000 increment by 50;
create table business (
    id                    bigint       not null primary key,
    uscc                  varchar(18)  not null,
    uscc_exception        boolean      not null,
    uscc_exception_reason varchar(500),
    name                  varchar(200) not null,
    entity_type           varchar(32)  not null,
    region_code           varchar(6)   not null,
    industry_code         varchar(5),
    status                varchar(20)  not null,
    registered_by         bigint       references agency (id),
    created_at            timestamp    not null,
    created_by            varchar(64)  not null,
    updated_at            timestamp    not null,
    updated_by            varchar(64)  not null,
    version               bigint       not null,
    constraint business_uscc_uk unique (uscc),
    constraint business_exception_reason_ck check (uscc_exception = false or uscc_exception_reason is not null)
);
create index business_region_idx on business (region_code);

create table online_shop (
    business_id bigint       not null references business (id) on delete cascade,
    platform    varchar(32)  not null,
    shop_id     varchar(64)  not null,
    shop_url    varchar(500),
    constraint online_shop_uk unique (platform, shop_id)
);
create index online_shop_business_idx on online_shop (business_id);

create sequence app_user_seq start with 1000 increment by 50;
create table app_user (
    id            bigint       not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(500) not null,
    agency_id     bigint       references agency (id),
    enabled       boolean      not null,
    created_at    timestamp    not null,
    constraint app_user_username_uk unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null,
    constraint app_user_role_pk primary key (user_id, role)
);

create table setting (
    name          varchar(100)  not null primary key,
    setting_value varchar(1000) not null,
    updated_at    timestamp     not null
);
