-- The relations chart now counts the timeline's developments (issue 15). Its own processor
-- ('relations') kept an identical copy of them, model 'relation' with its kept records
-- ('relation-actor', 'relation-initiative', ...), in every generation ('relation~3'): a third of the
-- read-model rows and tags written per command. That copy, its processor's token and its generation
-- go; no event is touched.
delete from read_model_tag where row_id in (select row_id from read_model_row
    where model = 'relation' or model like 'relation~%' or model like 'relation-%');
delete from read_model_row where model = 'relation' or model like 'relation~%' or model like 'relation-%';
delete from token_entry where processor_name = 'relations';
delete from read_model_generation where processing_group = 'relations';
