-- Leads: the borrower prospects everything else (segments, scoring, funnel, co-marketing) reads.
-- The lead table is called "leads": LEAD is a reserved word (a window function) in MariaDB.
-- Money is DECIMAL, rates are percent with three decimals (6.875), instants are UTC DATETIME(6).

-- The states a loan officer is licensed in (NMLS). Leads are only ever assigned to an LO licensed in their state.
CREATE TABLE loan_officer_license (
    user_id BIGINT  NOT NULL,
    state   CHAR(2) NOT NULL,
    PRIMARY KEY (user_id, state),
    INDEX ix_lo_license_state (state, user_id),
    CONSTRAINT fk_lo_license_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where leads come from and what they cost.
CREATE TABLE lead_source (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    channel         VARCHAR(24)   NOT NULL,
    pricing_model   VARCHAR(16)   NOT NULL,
    cost            DECIMAL(12,2) NOT NULL DEFAULT 0,
    exclusive_leads BOOLEAN       NOT NULL DEFAULT TRUE,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    -- ROUND_ROBIN: new leads go to the next LO licensed in the lead's state; MANUAL: they wait in the unassigned queue.
    assignment      VARCHAR(16)   NOT NULL DEFAULT 'ROUND_ROBIN',
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_lead_source_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE api_key ADD CONSTRAINT fk_api_key_lead_source FOREIGN KEY (lead_source_id) REFERENCES lead_source (id);

CREATE TABLE leads (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_id               BIGINT        NOT NULL,
    external_id             VARCHAR(100)  NULL,
    first_name              VARCHAR(100)  NOT NULL,
    last_name               VARCHAR(100)  NOT NULL,
    -- The collation is case-insensitive, so the unique key below treats Ann@x.com and ann@x.com as one address.
    email                   VARCHAR(254)  NULL,
    -- Ten US digits, no formatting (validated on the way in).
    phone                   VARCHAR(15)   NULL,
    state                   CHAR(2)       NOT NULL,
    county                  VARCHAR(80)   NULL,
    zip                     CHAR(5)       NULL,
    loan_purpose            VARCHAR(24)   NOT NULL,
    loan_program            VARCHAR(16)   NULL,
    credit_score            SMALLINT      NULL,
    credit_band             VARCHAR(12)   NULL,
    annual_income           DECIMAL(12,2) NULL,
    monthly_debt            DECIMAL(10,2) NULL,
    property_value          DECIMAL(12,2) NULL,
    loan_amount             DECIMAL(12,2) NULL,
    -- Derived, never entered: back-end DTI and LTV in percent, stored so segments can filter and index them.
    dti                     DECIMAL(7,2)  AS (CASE WHEN annual_income > 0 AND monthly_debt IS NOT NULL
                                                  THEN ROUND(monthly_debt * 1200 / annual_income, 2) END) PERSISTENT,
    ltv                     DECIMAL(7,2)  AS (CASE WHEN property_value > 0 AND loan_amount IS NOT NULL
                                                  THEN ROUND(loan_amount * 100 / property_value, 2) END) PERSISTENT,
    current_rate            DECIMAL(5,3)  NULL,
    current_program         VARCHAR(16)   NULL,
    current_term_months     SMALLINT      NULL,
    current_loan_originated_on DATE       NULL,
    first_time_buyer        BOOLEAN       NOT NULL DEFAULT FALSE,
    veteran                 BOOLEAN       NOT NULL DEFAULT FALSE,
    prequalified_at         DATETIME(6)   NULL,
    preapproved_at          DATETIME(6)   NULL,
    stage                   VARCHAR(16)   NOT NULL,
    stage_changed_at        DATETIME(6)   NOT NULL,
    lost_reason             VARCHAR(200)  NULL,
    received_at             DATETIME(6)   NOT NULL,
    first_contacted_at      DATETIME(6)   NULL,
    last_activity_at        DATETIME(6)   NULL,
    assigned_lo_id          BIGINT        NULL,
    assigned_at             DATETIME(6)   NULL,
    -- TRUE when the source assigns round-robin but no LO is licensed in the lead's state: never silently assigned.
    unassignable            BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Consent, current state (the evidence is in lead_consent_event). Email: opt-in and unsubscribe.
    email_opt_in_at         DATETIME(6)   NULL,
    email_unsubscribed_at   DATETIME(6)   NULL,
    -- TCPA prior express written consent for calls and texts, and its revocation per channel.
    pewc_at                 DATETIME(6)   NULL,
    sms_revoked_at          DATETIME(6)   NULL,
    call_revoked_at         DATETIME(6)   NULL,
    do_not_call             BOOLEAN       NOT NULL DEFAULT FALSE,
    emailable               BOOLEAN       AS (email IS NOT NULL AND email_opt_in_at IS NOT NULL
                                                  AND email_unsubscribed_at IS NULL) PERSISTENT,
    sms_ok                  BOOLEAN       AS (phone IS NOT NULL AND pewc_at IS NOT NULL AND sms_revoked_at IS NULL
                                                  AND NOT do_not_call) PERSISTENT,
    callable                BOOLEAN       AS (phone IS NOT NULL AND pewc_at IS NOT NULL AND call_revoked_at IS NULL
                                                  AND NOT do_not_call) PERSISTENT,
    -- A phone-only lead (no email) is de-duplicated on its phone number within the source.
    phone_only_key          VARCHAR(15)   AS (CASE WHEN email IS NULL THEN phone END) PERSISTENT,
    -- Provenance: who or what created the lead (user, API key, "CSV import #12"); import_id when it came from a file.
    created_by              VARCHAR(254)  NOT NULL,
    import_id               BIGINT        NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_lead_source FOREIGN KEY (source_id) REFERENCES lead_source (id),
    CONSTRAINT fk_lead_lo FOREIGN KEY (assigned_lo_id) REFERENCES app_user (id),
    CONSTRAINT uk_lead_source_external UNIQUE (source_id, external_id),
    CONSTRAINT uk_lead_source_email UNIQUE (source_id, email),
    CONSTRAINT uk_lead_source_phone_only UNIQUE (source_id, phone_only_key),
    CONSTRAINT ck_lead_contact CHECK (email IS NOT NULL OR phone IS NOT NULL),
    INDEX ix_lead_received (received_at),
    INDEX ix_lead_stage (stage, received_at),
    INDEX ix_lead_lo (assigned_lo_id, received_at),
    INDEX ix_lead_state (state, received_at),
    INDEX ix_lead_zip (zip),
    INDEX ix_lead_email (email),
    INDEX ix_lead_phone (phone),
    INDEX ix_lead_last_name (last_name, first_name),
    INDEX ix_lead_first_name (first_name),
    INDEX ix_lead_source_received (source_id, received_at),
    INDEX ix_lead_last_activity (last_activity_at),
    INDEX ix_lead_import (import_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every stage change, with who or what made it (a user's email, an API key, an import, "system").
CREATE TABLE lead_stage_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lead_id    BIGINT       NOT NULL,
    from_stage VARCHAR(16)  NULL,
    to_stage   VARCHAR(16)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(254) NOT NULL,
    reason     VARCHAR(200) NULL,
    INDEX ix_stage_change_lead (lead_id, changed_at),
    INDEX ix_stage_change_to (to_stage, changed_at),
    CONSTRAINT fk_stage_change_lead FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Consent evidence: every opt-in, unsubscribe, written consent, revocation and do-not-call entry, as captured.
CREATE TABLE lead_consent_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lead_id        BIGINT        NOT NULL,
    channel        VARCHAR(8)    NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    capture_source VARCHAR(254)  NOT NULL,
    consent_text   VARCHAR(2000) NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by    VARCHAR(254)  NOT NULL,
    INDEX ix_consent_lead (lead_id, occurred_at),
    CONSTRAINT fk_consent_lead FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Engagement events: append-only. (lead_id, type, occurred_at) answers one lead's timeline and "N events of type T in
-- the last D days" for a lead; (type, occurred_at, lead_id) answers it for all leads at once without touching rows.
CREATE TABLE lead_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    lead_id     BIGINT       NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    detail      VARCHAR(255) NULL,
    INDEX ix_event_lead (lead_id, type, occurred_at),
    INDEX ix_event_type_time (type, occurred_at, lead_id),
    CONSTRAINT fk_event_lead FOREIGN KEY (lead_id) REFERENCES leads (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Round-robin rotation: the LO whose last assignment is oldest gets the next lead in a state they are licensed in.
CREATE TABLE lead_rotation (
    user_id          BIGINT      NOT NULL PRIMARY KEY,
    last_assigned_at DATETIME(6) NOT NULL,
    assigned_count   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_rotation_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- CSV imports: one row per uploaded file, one row per rejected line (the downloadable error report).
CREATE TABLE lead_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    file_sha256  CHAR(64)     NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    total_rows   BIGINT       NOT NULL DEFAULT 0,
    imported     BIGINT       NOT NULL DEFAULT 0,
    duplicates   BIGINT       NOT NULL DEFAULT 0,
    rejected     BIGINT       NOT NULL DEFAULT 0,
    message      VARCHAR(1000) NULL,
    started_by   VARCHAR(254) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NULL,
    INDEX ix_import_started (started_at),
    CONSTRAINT fk_import_source FOREIGN KEY (source_id) REFERENCES lead_source (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE lead_import_error (
    import_id   BIGINT        NOT NULL,
    line_number BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    raw_line    VARCHAR(2000) NULL,
    PRIMARY KEY (import_id, line_number),
    CONSTRAINT fk_import_error_import FOREIGN KEY (import_id) REFERENCES lead_import (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Exports of lead lists: who exported what, when (consent decides who is in a channel export).
CREATE TABLE lead_export (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exported_by VARCHAR(254)  NOT NULL,
    exported_at DATETIME(6)   NOT NULL,
    channel     VARCHAR(8)    NULL,
    filter      VARCHAR(2000) NOT NULL,
    row_count   BIGINT        NOT NULL,
    INDEX ix_export_time (exported_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
