-- A run's CRM retries and 429 answers, beside its calls (issue 8: calls, retries and 429s in the run summary).
ALTER TABLE df_run ADD COLUMN api_retries BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE df_run ADD COLUMN api_rate_limited BIGINT DEFAULT 0 NOT NULL;
