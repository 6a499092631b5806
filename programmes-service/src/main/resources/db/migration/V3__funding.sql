-- Funding (issue 14): regular meetings planned, the budget split by category and the ledger.
-- Money is DECIMAL(14, 2), as annual_plan.budget.

-- Plans written before this knew no meetings target: they get the default a new plan gets.
ALTER TABLE annual_plan ADD COLUMN regular_meetings_planned INT NOT NULL DEFAULT 12;

CREATE TABLE plan_budget_line (
    plan_id  BIGINT         NOT NULL,
    category VARCHAR(30)    NOT NULL,
    amount   DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (plan_id, category),
    CONSTRAINT fk_budget_line_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: an entry is never changed, except that an expenditure learns the reversal that
-- reverses it (reversed_by). reversal_of is unique: an expenditure is reversed at most once.
CREATE TABLE expenditure (
    id           VARCHAR(36)    NOT NULL,
    plan_id      BIGINT         NOT NULL,
    entry_date   DATE           NOT NULL,
    category     VARCHAR(30)    NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    payee        VARCHAR(200)   NOT NULL,
    description  VARCHAR(2000)  NULL,
    programme_id VARCHAR(36)    NULL,
    reversal_of  VARCHAR(36)    NULL,
    reversed_by  VARCHAR(36)    NULL,
    reason       VARCHAR(500)   NULL,
    created_at   DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_expenditure_reversal_of (reversal_of),
    KEY ix_expenditure_plan_date (plan_id, entry_date, created_at),
    CONSTRAINT fk_expenditure_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id),
    CONSTRAINT fk_expenditure_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_expenditure_reversal_of FOREIGN KEY (reversal_of) REFERENCES expenditure (id),
    CONSTRAINT fk_expenditure_reversed_by FOREIGN KEY (reversed_by) REFERENCES expenditure (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
