-- Read-model documents are kept deflated against a preset dictionary (ties.query.store.PackedDocuments):
-- about a third of their JSON's bytes, and in the row itself, where the text was a LOB of H2's, stored
-- apart (issue 15). Rows written before keep their text in "document" and read as they are; a new row
-- has "packed" instead. Exactly one of the two holds the document.
alter table read_model_row add column packed binary varying(1000000000);
alter table read_model_row alter column document drop not null;
alter table read_model_row add constraint read_model_row_one_document check ((document is null) <> (packed is null));
