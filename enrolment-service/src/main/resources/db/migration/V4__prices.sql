-- Prices (API.md "The rest of the plan" -> Prices).

-- The programme's fee and its provider's resident discount (null without a provider), from
-- programme-events. Sessions heard of before carry neither until their next event: 0.00 and none.
ALTER TABLE session_replica
    ADD COLUMN fee                       DECIMAL(14, 2) NOT NULL DEFAULT 0.00,
    ADD COLUMN resident_discount_percent INT            NULL;

-- What an enrolment costs, fixed when it is made: later fee or discount changes never touch it.
-- Enrolments made before prices existed cost nothing.
ALTER TABLE enrolment
    ADD COLUMN fee   DECIMAL(14, 2) NOT NULL DEFAULT 0.00,
    ADD COLUMN price DECIMAL(14, 2) NOT NULL DEFAULT 0.00;
