-- service-support: dead letters (docs/asyncapi.yaml, *.DLT) this service's consumer group has re-driven.
-- Repeatable and idempotent, so it applies to databases whatever versioned migrations they already have.
CREATE TABLE IF NOT EXISTS dead_letter_redriven (
    letter_id      VARCHAR(300) NOT NULL,
    consumer_group VARCHAR(255) NOT NULL,
    redriven_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (letter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
