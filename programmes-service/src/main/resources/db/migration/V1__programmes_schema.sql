-- programmes-service schema. SQL that both MySQL 8 and MariaDB accept; utf8mb4 on every table.
-- Instants are DATETIME(6) holding UTC (Hibernate writes them with jdbc.timezone=UTC).

CREATE TABLE community (
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    district    VARCHAR(200) NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annual_plan (
    id                           BIGINT        NOT NULL AUTO_INCREMENT,
    community_code               VARCHAR(40)   NOT NULL,
    plan_year                    INT           NOT NULL,
    resident_population          INT           NOT NULL,
    participation_target_percent INT           NOT NULL,
    featured_programme_target    INT           NOT NULL,
    budget                       DECIMAL(14, 2) NOT NULL,
    created_at                   DATETIME(6)   NOT NULL,
    updated_at                   DATETIME(6)   NOT NULL,
    version                      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_plan_community_year (community_code, plan_year),
    CONSTRAINT fk_plan_community FOREIGN KEY (community_code) REFERENCES community (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider (
    id                        VARCHAR(36)  NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    type                      VARCHAR(40)  NOT NULL,
    resident_discount_percent INT          NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_provider_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme (
    id               VARCHAR(36)    NOT NULL,
    community_code   VARCHAR(40)    NOT NULL,
    programme_year   INT            NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    description      TEXT           NULL,
    strand           VARCHAR(30)    NOT NULL,
    target_groups    VARCHAR(300)   NOT NULL,
    min_age          INT            NULL,
    max_age          INT            NULL,
    provider_id      VARCHAR(36)    NULL,
    featured         BOOLEAN        NOT NULL,
    certificate_name VARCHAR(200)   NULL,
    fee              DECIMAL(12, 2) NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_programme_community_year (community_code, programme_year, strand),
    KEY ix_programme_year (programme_year),
    CONSTRAINT fk_programme_community FOREIGN KEY (community_code) REFERENCES community (code),
    CONSTRAINT fk_programme_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme_session (
    id                  VARCHAR(36)  NOT NULL,
    programme_id        VARCHAR(36)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    venue               VARCHAR(200) NULL,
    capacity            INT          NOT NULL,
    hours               INT          NOT NULL,
    enrolment_opens_at  DATETIME(6)  NULL,
    enrolment_closes_at DATETIME(6)  NULL,
    confirmed_count     INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_session_programme (programme_id, start_date),
    CONSTRAINT fk_session_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
