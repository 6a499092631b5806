-- Oversubscribed sessions (API.md "Oversubscribed sessions"): lotteries and offers.

-- How the session gives its places, and how long a freed place is held for the next in line.
ALTER TABLE session_replica
    ADD COLUMN allocation  VARCHAR(20) NOT NULL DEFAULT 'FIRST_COME',
    ADD COLUMN offer_hours INT         NULL;

ALTER TABLE enrolment
    ADD COLUMN offer_expires_at  DATETIME(6) NULL,
    ADD COLUMN offer_reminded_at DATETIME(6) NULL,
    ADD COLUMN draw_tier         INT         NULL,
    ADD COLUMN draw_rank         INT         NULL,
    -- The offer sweeper's scan: offers by expiry.
    ADD KEY ix_enrolment_offers (status, offer_expires_at);

-- A lottery session's draw: the seed's SHA-256 is public from the first application on, the seed
-- itself once drawn, so anyone can recompute the order.
CREATE TABLE draw (
    session_id      VARCHAR(36) NOT NULL,
    seed            CHAR(64)    NOT NULL,
    seed_commitment CHAR(64)    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    drawn_at        DATETIME(6) NULL,
    PRIMARY KEY (session_id),
    KEY ix_draw_pending (drawn_at),
    CONSTRAINT fk_draw_session FOREIGN KEY (session_id) REFERENCES session_replica (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
