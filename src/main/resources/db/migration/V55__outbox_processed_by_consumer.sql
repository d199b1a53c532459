-- With Kafka between instances the relay marks an event PUBLISHED when the broker has it; the consumer (on any
-- instance) records here that it processed it, so a second delivery of the same event acts no more.
alter table outbox add column processed_at timestamptz;
