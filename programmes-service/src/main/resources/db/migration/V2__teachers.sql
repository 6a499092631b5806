-- Teachers (师资), their assignment to sessions, and staff activities (例会, training, seminars, field visits).
-- SQL that both MySQL 8 and MariaDB accept; utf8mb4 on every table.

CREATE TABLE teacher (
    id             VARCHAR(36)  NOT NULL,
    community_code VARCHAR(40)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    provider_id    VARCHAR(36)  NULL,
    name           VARCHAR(100) NOT NULL,
    -- JSON arrays of strings (at most 20 of at most 100 characters each)
    subjects       TEXT         NOT NULL,
    qualifications TEXT         NOT NULL,
    phone          VARCHAR(20)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_teacher_name (name, id),
    KEY ix_teacher_community (community_code, kind),
    CONSTRAINT fk_teacher_community FOREIGN KEY (community_code) REFERENCES community (code),
    CONSTRAINT fk_teacher_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_teacher (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    session_id VARCHAR(36) NOT NULL,
    teacher_id VARCHAR(36) NOT NULL,
    list_index INT         NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_session_teacher_position (session_id, list_index),
    UNIQUE KEY uk_session_teacher (session_id, teacher_id),
    CONSTRAINT fk_session_teacher_session FOREIGN KEY (session_id) REFERENCES programme_session (id),
    CONSTRAINT fk_session_teacher_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_activity (
    id             VARCHAR(36)  NOT NULL,
    community_code VARCHAR(40)  NOT NULL,
    activity_date  DATE         NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    title          VARCHAR(200) NOT NULL,
    minutes        MEDIUMTEXT   NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_staff_activity_community_date (community_code, activity_date, created_at),
    CONSTRAINT fk_staff_activity_community FOREIGN KEY (community_code) REFERENCES community (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_activity_attendee (
    activity_id VARCHAR(36) NOT NULL,
    list_index  INT         NOT NULL,
    teacher_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (activity_id, list_index),
    UNIQUE KEY uk_staff_activity_attendee (activity_id, teacher_id),
    CONSTRAINT fk_attendee_activity FOREIGN KEY (activity_id) REFERENCES staff_activity (id),
    CONSTRAINT fk_attendee_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
