-- The day on which the joint-measures job last looked for DUE record-category cases whose record left
-- publicity (an end is a date, not a change in the change log). The look reads every DUE case; it ran at
-- every caught-up step, every 15 seconds, under the measures' lock, and at a province's size (a million
-- cases) it held up every scoring step for seconds at a time. Once a day is enough: publicity ends by date.
alter table measure_state add column publicity_checked_on date;
