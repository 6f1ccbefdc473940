-- Lead scoring (ADR 0009): one shared draft that marketers edit, the published models (immutable, numbered), the
-- current score of every lead, and a record of every full rescoring.

CREATE TABLE scoring_draft (
    id               TINYINT      NOT NULL PRIMARY KEY CHECK (id = 1),
    model_json       MEDIUMTEXT   NOT NULL CHECK (JSON_VALID(model_json)),
    -- The published version the draft started from.
    based_on_version INT          NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Everyone who changed the draft since the last publication: none of them may publish it (four eyes).
CREATE TABLE scoring_draft_editor (
    email     VARCHAR(254) NOT NULL PRIMARY KEY,
    edited_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scoring_model (
    version_no   INT           NOT NULL PRIMARY KEY,
    model_json   MEDIUMTEXT    NOT NULL CHECK (JSON_VALID(model_json)),
    published_at DATETIME(6)   NOT NULL,
    published_by VARCHAR(254)  NOT NULL,
    drafted_by   VARCHAR(2000) NOT NULL,
    -- Set when this publication restores an earlier model.
    rollback_of  INT           NULL,
    note         VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The current score of each lead. No foreign key to leads: rescoring writes a million rows in one statement, and
-- leads are never deleted.
CREATE TABLE lead_score (
    lead_id        BIGINT       NOT NULL PRIMARY KEY,
    fit            INT          NOT NULL,
    intent_raw     INT          NOT NULL,
    intent         DECIMAL(8,2) NOT NULL,
    total          DECIMAL(8,2) NOT NULL,
    mql            BOOLEAN      NOT NULL,
    -- When the lead last crossed the threshold, up or down.
    mql_changed_at DATETIME(6)  NOT NULL,
    model_version  INT          NOT NULL,
    computed_at    DATETIME(6)  NOT NULL,
    INDEX ix_lead_score_mql (mql, total)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE scoring_run (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    model_version INT          NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6)  NULL,
    leads_scored  BIGINT       NULL,
    became_mql    BIGINT       NULL,
    failure       VARCHAR(1000) NULL,
    INDEX ix_scoring_run_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
