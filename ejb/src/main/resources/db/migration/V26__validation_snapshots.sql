-- validation-v1: the snapshot (under the draw's model) each drawn target's grade, score and loads came
-- from, kept when the draw is made, so that a snapshot written later for the draw date cannot change
-- what the draw used. Null for a business the draw scored itself (it had none) and for older draws:
-- both are read as of the draw date.
alter table draw_target add column score_id bigint;
