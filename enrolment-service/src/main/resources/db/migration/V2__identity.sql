-- Identity (API.md "Identity and access", "Resident self-service").

-- The account (token sub) of a resident who registered themselves, and when a guardian consented
-- to registering a ward (data of children under 14 is sensitive under PIPL).
ALTER TABLE resident
    ADD COLUMN account_subject     VARCHAR(255) NULL,
    ADD COLUMN guardian_consent_at DATETIME(6)  NULL,
    ADD UNIQUE KEY uk_resident_account (account_subject);

-- Idempotency keys are scoped to the caller: the column holds "<sub> <Idempotency-Key>".
ALTER TABLE idempotency_record MODIFY idempotency_key VARCHAR(400) NOT NULL;

-- What a resident's own list of enrolments shows (from programme-events).
ALTER TABLE session_replica
    ADD COLUMN programme_title VARCHAR(200) NULL,
    ADD COLUMN venue           VARCHAR(200) NULL;
