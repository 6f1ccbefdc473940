-- Loan officers carry their own NMLS ID (SAFE Act: a named MLO must show it).
ALTER TABLE app_user ADD COLUMN nmls_id VARCHAR(12) NULL;

-- The advertiser: one row (id = 1), edited by administrators and compliance officers.
CREATE TABLE advertiser_profile (
    id              BIGINT       NOT NULL PRIMARY KEY,
    legal_name      VARCHAR(200) NULL,
    dbas            TEXT         NULL,
    nmls_id         VARCHAR(12)  NULL,
    regulator_type  VARCHAR(16)  NULL,
    fha_approved    BOOLEAN      NOT NULL DEFAULT FALSE,
    va_lender       BOOLEAN      NOT NULL DEFAULT FALSE,
    street          VARCHAR(200) NULL,
    city            VARCHAR(100) NULL,
    state           CHAR(2)      NULL,
    postal_code     VARCHAR(10)  NULL,
    equal_housing   TEXT         NULL,
    can_spam_footer TEXT         NULL,
    updated_by      VARCHAR(254) NULL,
    updated_at      DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE advertiser_state_license (
    profile_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    state        CHAR(2)      NOT NULL,
    license_type VARCHAR(100) NOT NULL,
    number       VARCHAR(60)  NOT NULL,
    legend       VARCHAR(500) NULL,
    PRIMARY KEY (profile_id, position),
    CONSTRAINT fk_license_profile FOREIGN KEY (profile_id) REFERENCES advertiser_profile (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A compliance officer's change to one catalog rule; rules without a row run as the catalog defines them.
CREATE TABLE compliance_rule_setting (
    rule_id           VARCHAR(40)  NOT NULL PRIMARY KEY,
    enabled           BOOLEAN      NOT NULL,
    severity_override VARCHAR(8)   NULL,
    reason            VARCHAR(1000) NOT NULL,
    changed_by        VARCHAR(254) NOT NULL,
    changed_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only record of who changed what: profile, rule settings, and later approvals.
CREATE TABLE audit_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    category    VARCHAR(40)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    details     TEXT         NOT NULL,
    INDEX ix_audit_event_time (occurred_at),
    INDEX ix_audit_event_category (category, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
