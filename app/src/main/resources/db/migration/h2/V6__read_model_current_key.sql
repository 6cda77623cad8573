-- PostgreSQL's V6 adds a partial unique index (model, record_key) over current rows, so that its
-- planner finds the current version without statistics. H2 has no partial indexes, and its planner
-- already finds the current version through read_model_row_current (model, record_key, valid_to): the
-- version number is kept in step with PostgreSQL's and adds nothing here.
select 1;
