-- Issue 15: several replicas on one database.
-- One run at a time across replicas: a lease row, held by a run and kept alive by its heartbeat; a replica that dies
-- mid-run stops beating and the lease can be taken once its heartbeat is older than the lease's time to live.
CREATE TABLE df_lease (
    name         VARCHAR(32) PRIMARY KEY,
    holder       VARCHAR(128),
    run_id       VARCHAR(64),
    heartbeat_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO df_lease (name) VALUES ('runs');

-- Each scheduled trigger (a cron's fire time, a rollout's start) is claimed once: the replica whose insert succeeds runs it.
CREATE TABLE df_trigger_claim (
    trigger_name VARCHAR(64) NOT NULL,
    occurrence   VARCHAR(128) NOT NULL,
    claimed_by   VARCHAR(128) NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (trigger_name, occurrence)
);

-- A change event is taken by one replica at a time: its claim holds until it is processed, released, or expired.
ALTER TABLE df_webhook_event ADD COLUMN claimed_by VARCHAR(128);
ALTER TABLE df_webhook_event ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
