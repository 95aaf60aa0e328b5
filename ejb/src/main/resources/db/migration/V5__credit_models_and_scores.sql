-- Credit evaluation (score-v1): models with their indicators, score snapshots and scoring runs.

-- A model belongs to one agency and has a version. DRAFT is editable; ACTIVE is immutable and in
-- force from effective_from; activating a successor retires it from the successor's effective date
-- (retired_on), so at any date at most one model of an agency is in force.
create sequence credit_model_seq start with 1000 increment by 50;
create table credit_model (
    id                      bigint        not null primary key,
    agency_id               bigint        not null references agency (id),
    name                    varchar(200)  not null,
    model_version           integer       not null,
    status                  varchar(16)   not null,
    -- the owning agency while ACTIVE, null otherwise: one ACTIVE model per agency
    active_agency_id        bigint,
    effective_from          date,
    retired_on              date,
    based_on_id             bigint references credit_model (id),
    minor_points            decimal(9, 3) not null,
    ordinary_points         decimal(9, 3) not null,
    heavy_points            decimal(9, 3) not null,
    serious_points          decimal(9, 3) not null,
    positive_points         decimal(9, 3) not null,
    threshold_a             integer       not null,
    threshold_b             integer       not null,
    threshold_c             integer       not null,
    veto_serious_list       boolean       not null,
    veto_abnormal_list      boolean       not null,
    veto_recent_serious     boolean       not null,
    veto_worst_factor_below decimal(9, 3),
    weight_method           varchar(24),
    weight_basis            text,
    created_at              timestamp     not null,
    created_by              varchar(64)   not null,
    activated_at            timestamp,
    activated_by            varchar(64),
    retired_by              varchar(64),
    version                 bigint        not null,
    constraint credit_model_version_uk unique (agency_id, name, model_version),
    constraint credit_model_active_uk unique (active_agency_id),
    constraint credit_model_status_ck check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    constraint credit_model_active_ck check ((status = 'ACTIVE') = (active_agency_id is not null)),
    constraint credit_model_thresholds_ck check (threshold_a > threshold_b and threshold_b > threshold_c
        and threshold_c >= 0 and threshold_a <= 1000)
);

-- Indicators in the order the score sums them, grouped into dimensions (level 1).
create sequence credit_indicator_seq start with 1000 increment by 50;
create table credit_indicator (
    id             bigint        not null primary key,
    model_id       bigint        not null references credit_model (id),
    ordinal       integer       not null,
    code           varchar(48)   not null,
    name           varchar(200)  not null,
    dimension_code varchar(48)   not null,
    dimension_name varchar(200)  not null,
    polarity       varchar(16)   not null,
    half_life_days decimal(9, 3) not null,
    window_months  integer,
    weight         decimal(7, 6),
    bonus_cap      decimal(9, 3),
    constraint credit_indicator_code_uk unique (model_id, code),
    constraint credit_indicator_ordinal_uk unique (model_id, ordinal),
    constraint credit_indicator_polarity_ck check (polarity in ('NEGATIVE', 'POSITIVE')),
    constraint credit_indicator_half_life_ck check (half_life_days > 0),
    constraint credit_indicator_window_ck check (window_months is null or window_months between 1 and 36)
);
create index credit_indicator_model_idx on credit_indicator (model_id);

-- The record categories that feed an indicator (a category feeds at most one indicator of a model).
create table credit_indicator_category (
    indicator_id bigint not null references credit_indicator (id),
    category_id  bigint not null references record_category (id),
    constraint credit_indicator_category_pk primary key (indicator_id, category_id)
);

-- Points of a positive record type where the model departs from its default positive points.
create table credit_model_points (
    model_id    bigint        not null references credit_model (id),
    category_id bigint        not null references record_category (id),
    points      decimal(9, 3) not null,
    constraint credit_model_points_pk primary key (model_id, category_id)
);

-- Scoring runs: FULL (every business, resumable from next_business_id) and CHANGES (the businesses
-- named in the change log since the last one).
create sequence credit_run_seq start with 1 increment by 1;
create table credit_run (
    id               bigint        not null primary key,
    kind             varchar(16)   not null,
    trigger_kind     varchar(16)   not null,
    status           varchar(16)   not null,
    as_of            date          not null,
    total            bigint        not null,
    processed        bigint        not null,
    changed          bigint        not null,
    next_business_id bigint,
    from_change_seq  bigint,
    to_change_seq    bigint,
    requested_by     varchar(64)   not null,
    requested_at     timestamp     not null,
    started_at       timestamp,
    finished_at      timestamp,
    failure          varchar(2000),
    constraint credit_run_kind_ck check (kind in ('FULL', 'CHANGES')),
    constraint credit_run_status_ck check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
create index credit_run_status_idx on credit_run (status, kind);

-- One row every scoring transaction locks first, so that runs take turns business by business and
-- at most one FULL run is under way; changes_seen is the change log position CHANGES runs reached.
create table credit_scoring_state (
    id               integer not null primary key,
    changes_seen     bigint  not null,
    running_full_run bigint
);
insert into credit_scoring_state (id, changes_seen, running_full_run) values (1, 0, null);

-- Score snapshots, append-only: a new row when a business's score, grade or vetoes under a model
-- change (the first evaluation included). The row in force at date D is the latest with as_of <= D
-- (the highest id among equal dates).
-- explanation holds the counted records per indicator (JSON), null when nothing counted; with the
-- immutable model it is the full score-v1 explanation. A log: no foreign keys, so that writing a
-- million of them costs index entries only (businesses, models and runs are never deleted). A CHANGES
-- run may write two snapshots of a business (it changed again while the run went on).
create table credit_score (
    id              bigint generated by default as identity primary key,
    model_id        bigint        not null,
    business_id     bigint        not null,
    run_id          bigint        not null,
    as_of           date          not null,
    score           integer       not null,
    grade           varchar(1)    not null,
    threshold_grade varchar(1)    not null,
    vetoes          varchar(200),
    explanation     text,
    computed_at     timestamp     not null
);
create index credit_score_business_idx on credit_score (business_id, model_id, as_of);
create index credit_score_model_idx on credit_score (model_id, business_id, as_of, id);

-- The default model, "Online business public credit evaluation", owned by market regulation (SAMR).
-- Weights: hierarchical AHP over the judgements in weight_basis (docs/default-model.md).
insert into credit_model (id, agency_id, name, model_version, status, active_agency_id, effective_from,
        minor_points, ordinary_points, heavy_points, serious_points, positive_points,
        threshold_a, threshold_b, threshold_c, veto_serious_list, veto_abnormal_list, veto_recent_serious,
        veto_worst_factor_below, weight_method, weight_basis, created_at, created_by, activated_at, activated_by, version)
    values (1, 1, 'Online business public credit evaluation', 1, 'ACTIVE', 1, current_date,
        5, 15, 40, 100, 10, 900, 750, 600, true, true, true, 40, 'HIERARCHICAL_AHP',
        '{"dimensions":{"TRADING_INTEGRITY":[[1,0.5],[2,1]],"PRODUCTS_AND_IP":[[1,0.5,0.333333],[2,1,0.5],[3,2,1]],"CONSUMER_RIGHTS":[[1,3,2],[0.333333,1,0.5],[0.5,2,1]],"INFORMATION_SECURITY":[[1,2,0.5],[0.5,1,0.333333],[2,3,1]],"COOPERATION":[[1,2],[0.5,1]]},"dimensionMatrix":[[1,0.333333,1,0.5,3],[3,1,3,2,5],[1,0.333333,1,0.5,3],[2,0.5,2,1,4],[0.333333,0.2,0.333333,0.25,1]]}',
        current_timestamp, 'system', current_timestamp, 'system', 0);

insert into credit_indicator (id, model_id, ordinal, code, name, dimension_code, dimension_name, polarity, half_life_days, window_months, weight, bonus_cap) values
    (1, 1, 1, 'FALSE_MARKETING', '虚假宣传 False marketing', 'TRADING_INTEGRITY', '交易诚信 Trading integrity', 'NEGATIVE', 365, null, 0.047608, null),
    (2, 1, 2, 'CREDIT_SPECULATION', '刷单炒信 Credit speculation', 'TRADING_INTEGRITY', '交易诚信 Trading integrity', 'NEGATIVE', 365, null, 0.095215, null),
    (3, 1, 3, 'IP_AND_COUNTERFEITS', '侵权假冒 Infringement and counterfeits', 'PRODUCTS_AND_IP', '产品与知识产权 Products and intellectual property', 'NEGATIVE', 365, null, 0.066437, null),
    (4, 1, 4, 'PRODUCT_QUALITY', '产品质量 Product quality', 'PRODUCTS_AND_IP', '产品与知识产权 Products and intellectual property', 'NEGATIVE', 365, null, 0.120723, null),
    (5, 1, 5, 'REGULATED_GOODS', '违禁管制物品 Regulated and prohibited goods', 'PRODUCTS_AND_IP', '产品与知识产权 Products and intellectual property', 'NEGATIVE', 365, null, 0.219369, null),
    (6, 1, 6, 'CONSUMER_DISPUTES', '消费纠纷 Consumer disputes', 'CONSUMER_RIGHTS', '消费者权益 Consumer rights', 'NEGATIVE', 365, null, 0.077069, null),
    (7, 1, 7, 'UNSOLICITED_MARKETING', '骚扰营销 Unsolicited marketing', 'CONSUMER_RIGHTS', '消费者权益 Consumer rights', 'NEGATIVE', 365, null, 0.023341, null),
    (8, 1, 8, 'LIVE_STREAM_MARKETING', '直播营销 Live-stream marketing', 'CONSUMER_RIGHTS', '消费者权益 Consumer rights', 'NEGATIVE', 365, null, 0.042413, null),
    (9, 1, 9, 'PERSONAL_INFORMATION', '个人信息保护 Personal information', 'INFORMATION_SECURITY', '信息与网络安全 Information and network security', 'NEGATIVE', 365, null, 0.073934, null),
    (10, 1, 10, 'HARMFUL_CONTENT', '违法有害信息 Harmful content', 'INFORMATION_SECURITY', '信息与网络安全 Information and network security', 'NEGATIVE', 365, null, 0.040687, null),
    (11, 1, 11, 'NETWORK_FRAUD', '电信网络诈骗 Network fraud', 'INFORMATION_SECURITY', '信息与网络安全 Information and network security', 'NEGATIVE', 365, null, 0.134347, null),
    (12, 1, 12, 'NON_COOPERATION', '拒不配合监管 Non-cooperation with supervision', 'COOPERATION', '配合监管与纳税 Cooperation with supervision and tax', 'NEGATIVE', 365, null, 0.039238, null),
    (13, 1, 13, 'TAX_COMPLIANCE', '涉税违法 Tax compliance', 'COOPERATION', '配合监管与纳税 Cooperation with supervision and tax', 'NEGATIVE', 365, null, 0.019619, null),
    (14, 1, 14, 'POSITIVE_RECORDS', '守信激励 Positive records', 'POSITIVE', '守信激励 Positive records', 'POSITIVE', 365, null, null, 20);

insert into credit_indicator_category (indicator_id, category_id) select 1, id from record_category where code in ('FALSE_ADVERTISING', 'FAKE_PRICE_PROMOTION');
insert into credit_indicator_category (indicator_id, category_id) select 2, id from record_category where code in ('ORDER_BRUSHING', 'FAKE_REVIEWS', 'TRANSACTION_TAMPERING');
insert into credit_indicator_category (indicator_id, category_id) select 3, id from record_category where code in ('IP_INFRINGEMENT', 'CROSS_BORDER_GOODS');
insert into credit_indicator_category (indicator_id, category_id) select 4, id from record_category where code in ('PRODUCT_QUALITY', 'FOOD_QUALITY', 'SPECIAL_EQUIPMENT');
insert into credit_indicator_category (indicator_id, category_id) select 5, id from record_category where code in ('DRUG_SALES', 'WILDLIFE_TRADE', 'PROHIBITED_DELIVERY');
insert into credit_indicator_category (indicator_id, category_id) select 6, id from record_category where code in ('CONSUMER_DISPUTES');
insert into credit_indicator_category (indicator_id, category_id) select 7, id from record_category where code in ('UNSOLICITED_SMS');
insert into credit_indicator_category (indicator_id, category_id) select 8, id from record_category where code in ('LIVE_STREAM_MARKETING');
insert into credit_indicator_category (indicator_id, category_id) select 9, id from record_category where code in ('PERSONAL_INFORMATION_LEAK');
insert into credit_indicator_category (indicator_id, category_id) select 10, id from record_category where code in ('HARMFUL_INFORMATION');
insert into credit_indicator_category (indicator_id, category_id) select 11, id from record_category where code in ('TELECOM_FRAUD');
insert into credit_indicator_category (indicator_id, category_id) select 12, id from record_category where code in ('NON_COOPERATION');
insert into credit_indicator_category (indicator_id, category_id) select 13, id from record_category where code in ('TAX_INVOICE');
insert into credit_indicator_category (indicator_id, category_id) select 14, id from record_category where code in ('QUALITY_CERTIFICATION', 'HONOUR', 'INTEGRITY_COMMITMENT', 'FAST_DISPUTE_RESOLUTION');
