-- Issue 9: CRM change events, stored before the CRM gets its answer, until processed.
CREATE TABLE df_webhook_event (
    event_key    VARCHAR(200) PRIMARY KEY,
    object_type  VARCHAR(40) NOT NULL,
    object_id    VARCHAR(100) NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    own_change   BOOLEAN NOT NULL,
    what         VARCHAR(200),
    processed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX df_webhook_pending ON df_webhook_event (processed_at, received_at);
