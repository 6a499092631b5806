-- Oversubscribed sessions (issue 15): how places are given and how long a freed place stays offered.
-- Sessions scheduled before this were first come, first served, without offers: the defaults say so.
ALTER TABLE programme_session
    ADD COLUMN allocation      VARCHAR(20) NOT NULL DEFAULT 'FIRST_COME',
    ADD COLUMN offer_hours     INT         NULL,
    -- Set by the first enrolment event of the session; from then on its allocation may not switch.
    ADD COLUMN enrolments_seen BOOLEAN     NOT NULL DEFAULT FALSE;

-- Sessions with places taken already had enrolments (the best sign this service has of them); sessions whose
-- enrolments were all cancelled learn it with their next enrolment event, and enrolment-service keeps the
-- allocation of a session holding places whatever a switch says.
UPDATE programme_session SET enrolments_seen = TRUE WHERE confirmed_count > 0;
