-- Ties schema, version 1: Axon's JPA storage and Ties's own tables.
--
-- Flyway owns the schema; Hibernate only validates it (spring.jpa.hibernate.ddl-auto=validate).
-- Derived from the DDL Hibernate 6.6 generates for these entities (H2Dialect), then tidied:
-- named constraints and indexes, primary keys ordered for the lookups that use them, and enum
-- columns as plain varchar (no check constraint / enum type: a new enum value must not need a
-- migration). Keep postgresql/ and h2/ in step: same tables, columns, sequences and indexes.
-- Binary columns: blob, as Hibernate maps Axon's @Lob byte[] on H2.

-- Axon: event store ---------------------------------------------------------------------------

-- Global event order. Increment 1 to match META-INF/orm.xml (allocation size 1): no gaps across
-- restarts or between nodes.
create sequence domain_event_entry_seq start with 1 increment by 1;

create table domain_event_entry (
    global_index         bigint       not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              blob         not null,
    meta_data            blob,
    constraint domain_event_entry_pk primary key (global_index),
    constraint domain_event_entry_aggregate_uk unique (aggregate_identifier, sequence_number),
    constraint domain_event_entry_event_uk unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              blob         not null,
    meta_data            blob,
    -- Aggregate first: snapshots are read and pruned by aggregate.
    constraint snapshot_event_entry_pk primary key (aggregate_identifier, sequence_number, type),
    constraint snapshot_event_entry_event_uk unique (event_identifier)
);

-- Axon: tracking tokens of the event processors -------------------------------------------------

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          blob,
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    -- Processor first: tokens are claimed and read by processor name.
    constraint token_entry_pk primary key (processor_name, segment)
);

-- Axon: sagas (no saga yet; Axon's JPA configuration maps the tables regardless) ----------------

create sequence association_value_entry_seq start with 1 increment by 50;

create table saga_entry (
    saga_id         varchar(255) not null,
    saga_type       varchar(255),
    revision        varchar(255),
    serialized_saga blob,
    constraint saga_entry_pk primary key (saga_id)
);

create table association_value_entry (
    id                bigint       not null,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255),
    constraint association_value_entry_pk primary key (id)
);

create index association_value_entry_by_value on association_value_entry (saga_type, association_key, association_value);
create index association_value_entry_by_saga on association_value_entry (saga_id, saga_type);

-- Axon: dead-letter queue (used only where a processor enables it) --------------------------------

create table dead_letter_entry (
    dead_letter_id       varchar(255)                not null,
    processing_group     varchar(255)                not null,
    sequence_identifier  varchar(255)                not null,
    sequence_index       bigint                      not null,
    message_type         varchar(255)                not null,
    event_identifier     varchar(255)                not null,
    time_stamp           varchar(255)                not null,
    payload_type         varchar(255)                not null,
    payload_revision     varchar(255),
    payload              blob                        not null,
    meta_data            blob,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                blob,
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    processing_started   timestamp(6) with time zone,
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          blob,
    constraint dead_letter_entry_pk primary key (dead_letter_id),
    constraint dead_letter_entry_sequence_uk unique (processing_group, sequence_identifier, sequence_index)
);

create index dead_letter_entry_by_group on dead_letter_entry (processing_group);
create index dead_letter_entry_by_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Ties command side: record directory and actor names --------------------------------------------

create table record_directory (
    record_id   varchar(100) not null,
    record_type varchar(20)  not null,
    withdrawn   boolean      not null,
    constraint record_directory_pk primary key (record_id)
);

create table actor_name (
    id              varchar(400) not null,
    actor_id        varchar(100) not null,
    normalized_name varchar(300) not null,
    kind            varchar(40)  not null,
    country         varchar(2),
    added_alias     boolean      not null,
    constraint actor_name_pk primary key (id)
);

create index actor_name_by_name on actor_name (normalized_name);

-- Ties query side: versioned read-model documents (JSON text) and their tags ---------------------

create sequence read_model_row_seq start with 1 increment by 50;

create table read_model_row (
    row_id        bigint                      not null,
    model         varchar(40)                 not null,
    record_key    varchar(300)                not null,
    valid_from    timestamp(6) with time zone not null,
    valid_to      timestamp(6) with time zone,
    sort_key      varchar(400)                not null,
    kind          varchar(40),
    occurred_from date,
    occurred_to   date,
    search_text   text,
    document      text                        not null,
    constraint read_model_row_pk primary key (row_id)
);

create index read_model_row_current on read_model_row (model, record_key, valid_to);
create index read_model_row_order on read_model_row (model, valid_to, sort_key);

create table read_model_tag (
    row_id bigint       not null,
    tag    varchar(300) not null,
    constraint read_model_tag_pk primary key (row_id, tag),
    constraint read_model_tag_row_fk foreign key (row_id) references read_model_row (row_id)
);

create index read_model_tag_by_tag on read_model_tag (tag, row_id);

-- Ties operations: the query nodes alive, to share processor segments fairly ----------------------

create table processing_node (
    node_id   varchar(200)                not null,
    last_seen timestamp(6) with time zone not null,
    constraint processing_node_pk primary key (node_id)
);
