-- the workflow builder reads a tenant's latest events of a topic (a real test payload)
create index outbox_tenant_topic_ix on outbox (tenant_id, topic, created_at desc);
