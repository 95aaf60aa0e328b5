-- Why a scheduled draw could not be made is shown to administrators in their language: the existing
-- column keeps the English, this one the Chinese of the same message.
alter table inspection_draw add column failure_zh varchar(1000);
