-- The deal's pipeline and stage as each run read them: the quarterly time-eater list asks whether a deal's
-- stage advanced in the quarter (issue 13), which the CRM's current stage alone cannot say.
ALTER TABLE df_journal ADD COLUMN pipeline VARCHAR(128);
ALTER TABLE df_journal ADD COLUMN stage VARCHAR(128);
-- and, for a deal closed in the CRM, whether it was won: a deal won in the quarter is no time-eater
ALTER TABLE df_journal ADD COLUMN won BOOLEAN;
