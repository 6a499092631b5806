-- enrolment-service schema. SQL that both MySQL 8 and MariaDB accept; utf8mb4 on every table.
-- Instants are DATETIME(6) holding UTC.

-- Communities known from programme-events (CommunityRegistered).
CREATE TABLE community_replica (
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The facts of each session an enrolment decision needs, from programme-events. Its row is the
-- lock every enrolment change of the session takes: capacity is decided here, by the database.
CREATE TABLE session_replica (
    session_id          VARCHAR(36)  NOT NULL,
    programme_id        VARCHAR(36)  NOT NULL,
    community_code      VARCHAR(40)  NOT NULL,
    programme_year      INT          NOT NULL,
    strand              VARCHAR(30)  NOT NULL,
    featured            BOOLEAN      NOT NULL,
    programme_status    VARCHAR(20)  NOT NULL,
    target_groups       VARCHAR(300) NOT NULL,
    min_age             INT          NULL,
    max_age             INT          NULL,
    certificate_name    VARCHAR(200) NULL,
    title               VARCHAR(200) NOT NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    capacity            INT          NOT NULL,
    hours               INT          NOT NULL,
    enrolment_opens_at  DATETIME(6)  NULL,
    enrolment_closes_at DATETIME(6)  NULL,
    session_version     BIGINT       NOT NULL,
    programme_version   BIGINT       NOT NULL,
    places_taken        INT          NOT NULL DEFAULT 0,
    next_sequence       BIGINT       NOT NULL DEFAULT 1,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (session_id),
    KEY ix_session_replica_programme (programme_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resident (
    id             VARCHAR(36)  NOT NULL,
    pseudonym      VARCHAR(36)  NOT NULL,
    community_code VARCHAR(40)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    birth_date     DATE         NOT NULL,
    target_groups  VARCHAR(300) NOT NULL,
    phone          VARCHAR(20)  NULL,
    guardian_id    VARCHAR(36)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_resident_pseudonym (pseudonym),
    KEY ix_resident_community (community_code, name),
    CONSTRAINT fk_resident_guardian FOREIGN KEY (guardian_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE enrolment (
    id                 VARCHAR(36) NOT NULL,
    session_id         VARCHAR(36) NOT NULL,
    resident_id        VARCHAR(36) NOT NULL,
    status             VARCHAR(20) NOT NULL,
    -- First come, first served: the session's counter at the time of the request.
    sequence           BIGINT      NOT NULL,
    -- The resident while the place is held (CONFIRMED or WAITLISTED), else NULL: one held place per resident and session.
    holder_id          VARCHAR(36) NULL,
    certificate_number VARCHAR(40) NULL,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    version            BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrolment_held_place (session_id, holder_id),
    UNIQUE KEY uk_enrolment_certificate (certificate_number),
    KEY ix_enrolment_roster (session_id, status, sequence),
    KEY ix_enrolment_resident (resident_id, created_at),
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES session_replica (session_id),
    CONSTRAINT fk_enrolment_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attendance (
    session_id      VARCHAR(36) NOT NULL,
    attendance_date DATE        NOT NULL,
    resident_id     VARCHAR(36) NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (session_id, attendance_date, resident_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES session_replica (session_id),
    CONSTRAINT fk_attendance_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Answers to POST /enrolments with an Idempotency-Key, replayed for retries of the same request.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INT          NOT NULL,
    response_body   TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
