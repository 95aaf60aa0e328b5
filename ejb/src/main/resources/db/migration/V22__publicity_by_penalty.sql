-- Issue 17, publicity follows the penalty (SAMR Order 45, 市场监督管理行政处罚信息公示规定): a notice of
-- criticism or a small fine is public for 3 months, every other penalty for 3 years, a warning never.
-- What counts as a small fine (较低数额罚款) Order 45 leaves to the regulators, so it is data per agency,
-- with the source it comes from. The row below is a default, not law: 3,000 yuan is the summary-procedure
-- ceiling for organisations (Administrative Penalty Law art. 51); each agency should enter its own rule.
create table agency_publicity_rule (
    agency_id      bigint         not null primary key references agency (id),
    small_fine_max numeric(18, 2) not null,
    source         varchar(500)   not null,
    is_default     boolean        not null,
    constraint agency_publicity_rule_max_ck check (small_fine_max >= 0)
);
insert into agency_publicity_rule (agency_id, small_fine_max, source, is_default)
    select id, 3000.00, '默认值，非法定标准：参照《行政处罚法》第五十一条简易程序对法人或者其他组织的罚款上限（三千元）。'
        || ' Default, not law: the summary-procedure ceiling for organisations (Administrative Penalty Law art. 51).', true
    from agency;

-- Records stored before this keep their publicity end: a period changes only when an administrator
-- reclassifies the record (GET /records/publicity-review lists those the new rule would change).
