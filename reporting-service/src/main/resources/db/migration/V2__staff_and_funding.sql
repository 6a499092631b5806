-- Issue 14: the teacher team, staff activities, budget lines, the funding ledger and residents'
-- savings. SQL that both MySQL 8 and MariaDB accept. Teachers follow their version like every
-- snapshot; staff activities and ledger entries never change upstream, so each is kept once by its
-- id and a duplicate (under any event id) finds its row and changes nothing. Teachers, activities
-- and entries are few per community and year: the statistics count and sum them by index.

-- Regular meetings the plan wants; plans folded before this came from events without it, read as 12.
ALTER TABLE reported_plan ADD COLUMN regular_meetings_planned INT NOT NULL DEFAULT 12;

-- The budget split of the newest PlanSet, replaced whole with the plan's version.
CREATE TABLE reported_budget_line (
    community_code VARCHAR(40)   NOT NULL,
    plan_year      INT           NOT NULL,
    category       VARCHAR(30)   NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (community_code, plan_year, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Fee less price: fixed per enrolment when it was made, summed per programme over the enrolments
-- holding a place (events without prices save nothing).
ALTER TABLE reported_enrolment ADD COLUMN resident_saving DECIMAL(14,2) NOT NULL DEFAULT 0.00;
ALTER TABLE reported_programme ADD COLUMN resident_savings DECIMAL(14,2) NOT NULL DEFAULT 0.00;

-- Teachers in their current community and kind (a move or a change of kind moves the row).
CREATE TABLE reported_teacher (
    teacher_id     VARCHAR(36) NOT NULL,
    community_code VARCHAR(40) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (teacher_id),
    KEY ix_reported_teacher_community (community_code, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reported_staff_activity (
    activity_id    VARCHAR(36) NOT NULL,
    community_code VARCHAR(40) NOT NULL,
    activity_year  INT         NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    PRIMARY KEY (activity_id),
    KEY ix_reported_staff_activity_year (community_code, activity_year, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Expenditures and reversals (negative amounts) by the plan year they are booked in.
CREATE TABLE reported_ledger_entry (
    entry_id       VARCHAR(36)   NOT NULL,
    community_code VARCHAR(40)   NOT NULL,
    plan_year      INT           NOT NULL,
    category       VARCHAR(30)   NOT NULL,
    amount         DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (entry_id),
    KEY ix_reported_ledger_entry_year (community_code, plan_year, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
