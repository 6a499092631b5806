-- Issue 16: the audit trail of every service, folded from audit-events. SQL that both MySQL 8 and
-- MariaDB accept. Not a projection: a rebuild leaves it (ProjectionStateRepository) and replays the
-- topic into it again, so entries are inserted by id and a second copy is ignored.
-- Append-only by use: no API updates or deletes a row. (No triggers enforcing it: with binary logging
-- on, as MySQL 8 has by default, creating one needs rights beyond the migration account's.)
CREATE TABLE audit_entry (
    id            VARCHAR(36)  NOT NULL,
    at            DATETIME(6)  NOT NULL,
    service       VARCHAR(40)  NOT NULL,
    actor         VARCHAR(255) NULL,
    actor_roles   VARCHAR(200) NOT NULL,
    client_id     VARCHAR(255) NULL,
    action        VARCHAR(300) NOT NULL,
    resource_type VARCHAR(40)  NULL,
    resource_id   VARCHAR(200) NULL,
    status        INT          NOT NULL,
    request_id    VARCHAR(128) NULL,
    PRIMARY KEY (id),
    -- newest first, whole trail and each filter
    KEY ix_audit_entry_at (at, id),
    KEY ix_audit_entry_actor (actor, at),
    KEY ix_audit_entry_resource (resource_type, resource_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
