-- Personal data rights (API.md "Personal data rights and audit").

-- Erasure keeps the resident's row as a tombstone: enrolments, attendance and the pseudonym that
-- events carry still point at it, but its personal fields are emptied for good.
ALTER TABLE resident
    MODIFY name          VARCHAR(100) NULL,
    MODIFY birth_date    DATE         NULL,
    MODIFY target_groups VARCHAR(300) NULL,
    ADD COLUMN erased_at        DATETIME(6) NULL,
    -- Registration, a change of the record or an enrolment of the resident; retention counts from it
    -- (and from the resident's enrolments' updated_at, which changes under the session's lock only).
    ADD COLUMN last_activity_at DATETIME(6) NULL;

UPDATE resident r
   SET r.last_activity_at = GREATEST(r.created_at,
           COALESCE((SELECT MAX(e.updated_at) FROM enrolment e WHERE e.resident_id = r.id), r.created_at));

ALTER TABLE resident
    MODIFY last_activity_at DATETIME(6) NOT NULL,
    ADD KEY ix_resident_activity (erased_at, last_activity_at);

-- A notification is written under a session's row lock; a foreign key to the resident would take a
-- lock on the resident's row there, the reverse of the order erasure locks in (resident, then
-- sessions), and so could deadlock with it. Erasure deletes the resident's notifications itself.
ALTER TABLE notification
    DROP FOREIGN KEY fk_notification_recipient,
    DROP FOREIGN KEY fk_notification_resident;

-- Idempotency records are kept 24 hours: the retention task deletes by age.
ALTER TABLE idempotency_record ADD KEY ix_idempotency_created (created_at);

-- A copy of the audit entries about residents and enrolments (service-support writes the entries
-- to the outbox for reporting-service): the personal-data export shows a resident who read or
-- changed her records. Deleted with the resident on erasure.
CREATE TABLE resident_audit_entry (
    id            VARCHAR(36)  NOT NULL,
    at            DATETIME(6)  NOT NULL,
    service       VARCHAR(40)  NOT NULL,
    actor         VARCHAR(255) NULL,
    actor_roles   VARCHAR(200) NOT NULL,
    client_id     VARCHAR(255) NULL,
    action        VARCHAR(300) NOT NULL,
    resource_type VARCHAR(40)  NOT NULL,
    resource_id   VARCHAR(200) NOT NULL,
    status        INT          NOT NULL,
    request_id    VARCHAR(128) NULL,
    PRIMARY KEY (id),
    KEY ix_resident_audit_resource (resource_type, resource_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
