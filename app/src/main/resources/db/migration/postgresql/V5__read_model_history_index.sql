-- As-of pages: the versions of a model in sort order, with their validity, so that a page as it
-- stood at T reads only the rows valid at T (docs/benchmarks.md, as-of).
create index read_model_row_history on read_model_row (model, sort_key, valid_from, valid_to);
