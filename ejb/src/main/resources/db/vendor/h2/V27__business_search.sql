-- The indexes of PostgreSQL's V27 (finding businesses among a million) have no use on the embedded
-- demonstration database: nothing to do here, the version keeps both databases' histories in step.
select 1;
