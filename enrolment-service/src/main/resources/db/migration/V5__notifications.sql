-- Resident notifications (API.md "Oversubscribed sessions" -> Notifications): one row per inbox.
CREATE TABLE notification (
    id            VARCHAR(36)  NOT NULL,
    recipient_id  VARCHAR(36)  NOT NULL,
    resident_id   VARCHAR(36)  NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    enrolment_id  VARCHAR(36)  NULL,
    session_id    VARCHAR(36)  NOT NULL,
    title         VARCHAR(100) NOT NULL,
    body          VARCHAR(1000) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    read_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    -- An inbox newest first, and the streams' polls for what came after a moment.
    KEY ix_notification_inbox (recipient_id, created_at),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES resident (id),
    CONSTRAINT fk_notification_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Webhook deliveries still to make (only while notify.webhook.url is set), retried until accepted.
CREATE TABLE notification_delivery (
    notification_id VARCHAR(36)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    delivered_at    DATETIME(6)  NULL,
    last_error      VARCHAR(300) NULL,
    PRIMARY KEY (notification_id),
    KEY ix_notification_delivery_due (delivered_at, next_attempt_at),
    CONSTRAINT fk_notification_delivery FOREIGN KEY (notification_id) REFERENCES notification (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
