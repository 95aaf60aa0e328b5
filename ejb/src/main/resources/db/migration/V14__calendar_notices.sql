-- Each holiday and make-up working day names the State Council notice it comes from, so a system
-- administrator maintaining the calendar from the interface can show where a date was decided.
alter table calendar_day add column notice varchar(100);

-- 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号)
update calendar_day set notice = '国办发明电〔2024〕12号' where on_date >= date '2025-01-01' and on_date <= date '2025-12-31';
-- 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)
update calendar_day set notice = '国办发明电〔2025〕7号' where on_date >= date '2026-01-01' and on_date <= date '2026-12-31';
