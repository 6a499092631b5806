-- service-support: the tables of the outbox, in every service that uses it (flyway location db/support).

-- Transactional outbox: rows are written with the change, relayed to Kafka in seq order.
CREATE TABLE outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     VARCHAR(36)  NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    payload      LONGTEXT     NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    sent_at      DATETIME(6)  NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY ix_outbox_pending (sent_at, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: which instance relays the outbox, until when.
CREATE TABLE outbox_lease (
    name       VARCHAR(64)  NOT NULL,
    owner      VARCHAR(100) NULL,
    expires_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO outbox_lease (name, owner, expires_at) VALUES ('relay', NULL, '1970-01-01 00:00:00');
