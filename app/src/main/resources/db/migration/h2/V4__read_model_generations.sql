-- Blue/green rebuilds: each processing group's read models exist in generations (rows of model
-- 'initiative' are generation 0, 'initiative~3' generation 3). Queries read the serving generation;
-- a rebuild writes the next one beside it and takes over only once it has caught up.
create table read_model_generation (
    processing_group varchar(100) not null,
    serving          integer      not null,
    -- The generation a rebuild is writing, and when its node last said it still is: a claim that
    -- stops being renewed (the node died) may be taken over by another rebuild.
    building         integer,
    building_node    varchar(200),
    building_seen    timestamp with time zone,
    constraint read_model_generation_pk primary key (processing_group)
);
