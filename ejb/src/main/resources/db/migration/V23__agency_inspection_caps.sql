-- Each authority publishes its cap on inspections per enterprise and year (国办发〔2024〕54号),
-- over all of its items together; a grade may have its own cap (grade A at most once, say). No row:
-- the agency has published none, and only the items' own caps apply.
create table agency_inspection_cap (
    agency_id   bigint        not null primary key references agency (id),
    per_year    integer       not null,
    grade_a     integer,
    grade_b     integer,
    grade_c     integer,
    grade_d     integer,
    basis       varchar(500),
    updated_at  timestamp     not null,
    updated_by  varchar(64)   not null,
    version     bigint        not null,
    constraint agency_inspection_cap_ck check (per_year between 1 and 366
        and (grade_a is null or grade_a between 1 and 366) and (grade_b is null or grade_b between 1 and 366)
        and (grade_c is null or grade_c between 1 and 366) and (grade_d is null or grade_d between 1 and 366))
);
