-- Issue 15: the CRM's short-window request budget counted across replicas: a row per CRM that serializes the count,
-- and the requests of the last window, as a sliding log.
CREATE TABLE df_budget (
    name VARCHAR(32) PRIMARY KEY
);
INSERT INTO df_budget (name) VALUES ('hubspot');
CREATE TABLE df_budget_request (
    name    VARCHAR(32) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX df_budget_request_sent ON df_budget_request (name, sent_at);
