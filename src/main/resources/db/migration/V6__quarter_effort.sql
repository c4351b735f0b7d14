-- Each deal's effort in a quarter, as read from the CRM for the time-eater list (issue 13): read once for a
-- quarter that has ended, at most once a day while it runs, never on every request.
CREATE TABLE df_quarter_effort (
    quarter  VARCHAR(16) NOT NULL,
    deal_id  VARCHAR(64) NOT NULL,
    hours    DECIMAL(12, 2) NOT NULL,
    read_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (quarter, deal_id)
);
