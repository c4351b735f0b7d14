-- The customers' safety cap counts light changes over a rolling day (issue 14), as the deals' cap counts status
-- changes: those of unconfirmed assessments since the last run an operator confirmed.
ALTER TABLE df_customer_journal ADD COLUMN confirmed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX df_customer_journal_at ON df_customer_journal (at);
