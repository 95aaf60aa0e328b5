-- A job's summary is shown to people on the overview in their language: it is kept in English (the
-- language of the logs and the API) and in Chinese, both written when the job reports.
alter table job_progress add column detail_zh varchar(500);
