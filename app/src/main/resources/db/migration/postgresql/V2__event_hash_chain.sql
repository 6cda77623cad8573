-- Ties schema, version 2: tamper evidence for the event store (docs/integrity.md).
-- Keep postgresql/ and h2/ in step. Plain JDBC reads and writes these tables (no JPA entity).

-- One seal per stored event, written in the transaction that appends the event: the hash chaining
-- it to the previous event of its record stream. No foreign key to domain_event_entry on purpose:
-- a seal must outlive a removed event, so that verification can name what went missing.
create table event_seal (
    global_index         bigint       not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    event_identifier     varchar(255) not null,
    previous_hash        bytea        not null,
    hash                 bytea        not null,
    constraint event_seal_pk primary key (global_index),
    -- One seal per link of a stream: two nodes cannot both seal the same sequence number.
    constraint event_seal_stream_uk unique (aggregate_identifier, sequence_number)
);

-- Checkpoints over all streams, numbered 1, 2, ...: the primary key lets one node at a time take
-- the next one (a second node's insert fails and is dropped).
create table integrity_checkpoint (
    checkpoint_number bigint      not null,
    position          bigint      not null,
    event_count       bigint      not null,
    previous_hash     bytea       not null,
    hash              bytea       not null,
    created_at        timestamptz not null,
    constraint integrity_checkpoint_pk primary key (checkpoint_number)
);
