-- Creatives and their approval workflow (ADR 0011). Everything a regulator may ask about ("show me exactly what ran,
-- who approved it, and on what basis") is append-only: versions, checks, overrides, reviews, comments, assets and the
-- hash-chained audit trail reject UPDATE and DELETE in the schema itself, whoever the database user is. Only the
-- creative row (its workflow pointers) and the audit chain's head change.

CREATE TABLE creative (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    channel              VARCHAR(20)  NOT NULL,
    status               VARCHAR(24)  NOT NULL,
    -- The version the workflow is about: the newest one. Approvals name their version's hash.
    current_version_no   INT          NOT NULL,
    owner_email          VARCHAR(254) NOT NULL,
    -- The current version's target states as ",CA,TX," for the queue's state filter.
    states               VARCHAR(400) NOT NULL DEFAULT '',
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    submitted_at         DATETIME(6)  NULL,
    claimed_by           VARCHAR(254) NULL,
    stale                BOOLEAN      NOT NULL DEFAULT FALSE,
    stale_reason         VARCHAR(500) NULL,
    stale_since          DATETIME(6)  NULL,
    expires_on           DATE         NULL,
    retired_reason       VARCHAR(1000) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_creative_status (status, submitted_at),
    INDEX ix_creative_owner (owner_email, status),
    INDEX ix_creative_updated (updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every saved content of a creative. content_hash is SHA-256 over the normalised content, context, quoted rate and
-- image (CreativeHash); approvals are valid only for the hash they were given for.
CREATE TABLE creative_version (
    creative_id    BIGINT       NOT NULL,
    version_no     INT          NOT NULL,
    content_json   MEDIUMTEXT   NOT NULL CHECK (JSON_VALID(content_json)),
    content_hash   CHAR(64)     NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    -- What the HTML sanitiser removed before the content was stored, for the author and the examiner.
    sanitiser_note VARCHAR(2000) NULL,
    PRIMARY KEY (creative_id, version_no),
    INDEX ix_creative_version_hash (content_hash),
    CONSTRAINT fk_creative_version_creative FOREIGN KEY (creative_id) REFERENCES creative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The pre-check result stored with each submission.
CREATE TABLE creative_check (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    creative_id  BIGINT       NOT NULL,
    version_no   INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    verdict      VARCHAR(20)  NOT NULL,
    findings_json MEDIUMTEXT  NOT NULL CHECK (JSON_VALID(findings_json)),
    checked_at   DATETIME(6)  NOT NULL,
    checked_by   VARCHAR(254) NOT NULL,
    INDEX ix_creative_check (creative_id, version_no),
    CONSTRAINT fk_creative_check_version FOREIGN KEY (creative_id, version_no) REFERENCES creative_version (creative_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A compliance officer's decision to let one BLOCK finding of one version through, with the reason.
CREATE TABLE creative_override (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    creative_id   BIGINT        NOT NULL,
    version_no    INT           NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    rule_id       VARCHAR(60)   NOT NULL,
    part_kind     VARCHAR(20)   NOT NULL,
    part_index    INT           NOT NULL,
    span_start    INT           NOT NULL,
    span_end      INT           NOT NULL,
    justification VARCHAR(2000) NOT NULL,
    overridden_by VARCHAR(254)  NOT NULL,
    overridden_at DATETIME(6)   NOT NULL,
    UNIQUE KEY uq_creative_override (creative_id, version_no, rule_id, part_kind, part_index, span_start, span_end),
    CONSTRAINT fk_creative_override_version FOREIGN KEY (creative_id, version_no) REFERENCES creative_version (creative_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Decisions of reviewers: compliance approves (with its checklist) or requests changes; the CMO approves or rejects.
CREATE TABLE creative_review (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    creative_id    BIGINT        NOT NULL,
    version_no     INT           NOT NULL,
    content_hash   CHAR(64)      NOT NULL,
    stage          VARCHAR(20)   NOT NULL,
    decision       VARCHAR(24)   NOT NULL,
    reviewer       VARCHAR(254)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    checklist_json MEDIUMTEXT    NULL CHECK (checklist_json IS NULL OR JSON_VALID(checklist_json)),
    note           VARCHAR(4000) NULL,
    INDEX ix_creative_review (creative_id, version_no),
    CONSTRAINT fk_creative_review_version FOREIGN KEY (creative_id, version_no) REFERENCES creative_version (creative_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Comments on a version: on a finding (rule_id), on a passage (field, item, span, quoted text) or on the whole.
CREATE TABLE creative_comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    creative_id  BIGINT        NOT NULL,
    version_no   INT           NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    rule_id      VARCHAR(60)   NULL,
    field        VARCHAR(30)   NULL,
    item_index   INT           NULL,
    span_start   INT           NULL,
    span_end     INT           NULL,
    quote        VARCHAR(2000) NULL,
    body         VARCHAR(4000) NOT NULL,
    author       VARCHAR(254)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    INDEX ix_creative_comment (creative_id, version_no),
    CONSTRAINT fk_creative_comment_version FOREIGN KEY (creative_id, version_no) REFERENCES creative_version (creative_id, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Uploaded images, addressed by their own SHA-256 (the version's content names the hash).
CREATE TABLE creative_asset (
    sha256      CHAR(64)     NOT NULL PRIMARY KEY,
    media_type  VARCHAR(40)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    bytes       MEDIUMBLOB   NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail of creatives: append-only, each record carrying the hash of the one before (CreativeAuditChain).
CREATE TABLE creative_audit (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    creative_id  BIGINT        NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    event        VARCHAR(40)   NOT NULL,
    version_no   INT           NULL,
    content_hash CHAR(64)      NULL,
    details      TEXT          NOT NULL,
    prev_hash    CHAR(64)      NOT NULL,
    row_hash     CHAR(64)      NOT NULL,
    INDEX ix_creative_audit_creative (creative_id, seq),
    INDEX ix_creative_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The newest link of the chain: appending locks this row, so links are written one at a time, and a deleted tail
-- is detectable.
CREATE TABLE creative_audit_head (
    id       TINYINT  NOT NULL PRIMARY KEY CHECK (id = 1),
    seq      BIGINT   NOT NULL,
    row_hash CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO creative_audit_head (id, seq, row_hash) VALUES (1, 0, REPEAT('0', 64));

-- Settings: which channels need a CMO's approval besides compliance (paid media and email always do), and when a
-- quoted rate goes stale.
CREATE TABLE creative_channel_policy (
    channel      VARCHAR(20)  NOT NULL PRIMARY KEY,
    cmo_required BOOLEAN      NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(254) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO creative_channel_policy (channel, cmo_required, updated_at, updated_by) VALUES
    ('EMAIL', TRUE, NOW(6), 'system'), ('SEARCH_AD', TRUE, NOW(6), 'system'), ('SOCIAL_AD', TRUE, NOW(6), 'system'),
    ('DISPLAY_AD', TRUE, NOW(6), 'system'), ('PRINT', TRUE, NOW(6), 'system'), ('SMS', FALSE, NOW(6), 'system'),
    ('CO_MARKETING', FALSE, NOW(6), 'system'), ('LANDING_PAGE', FALSE, NOW(6), 'system');

CREATE TABLE creative_policy (
    id                TINYINT      NOT NULL PRIMARY KEY CHECK (id = 1),
    stale_bps         INT          NOT NULL CHECK (stale_bps BETWEEN 1 AND 500),
    stale_days        INT          NOT NULL CHECK (stale_days BETWEEN 1 AND 90),
    sla_business_days INT          NOT NULL CHECK (sla_business_days BETWEEN 1 AND 30),
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(254) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO creative_policy (id, stale_bps, stale_days, sla_business_days, updated_at, updated_by)
VALUES (1, 25, 7, 2, NOW(6), 'system');

-- Append-only, enforced by the schema for every database user.
CREATE TRIGGER creative_audit_no_update BEFORE UPDATE ON creative_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative_audit is append-only: records cannot be changed';
CREATE TRIGGER creative_audit_no_delete BEFORE DELETE ON creative_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative_audit is append-only: records cannot be deleted';
CREATE TRIGGER creative_version_no_update BEFORE UPDATE ON creative_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative versions cannot be changed';
CREATE TRIGGER creative_version_no_delete BEFORE DELETE ON creative_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative versions are retained and cannot be deleted';
CREATE TRIGGER creative_check_no_update BEFORE UPDATE ON creative_check FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative checks cannot be changed';
CREATE TRIGGER creative_check_no_delete BEFORE DELETE ON creative_check FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'creative checks cannot be deleted';
CREATE TRIGGER creative_override_no_update BEFORE UPDATE ON creative_override FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'overrides cannot be changed';
CREATE TRIGGER creative_override_no_delete BEFORE DELETE ON creative_override FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'overrides cannot be deleted';
CREATE TRIGGER creative_review_no_update BEFORE UPDATE ON creative_review FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'review decisions cannot be changed';
CREATE TRIGGER creative_review_no_delete BEFORE DELETE ON creative_review FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'review decisions cannot be deleted';
CREATE TRIGGER creative_comment_no_update BEFORE UPDATE ON creative_comment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'review comments cannot be changed';
CREATE TRIGGER creative_comment_no_delete BEFORE DELETE ON creative_comment FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'review comments cannot be deleted';
CREATE TRIGGER creative_asset_no_update BEFORE UPDATE ON creative_asset FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'uploaded images cannot be changed';
CREATE TRIGGER creative_asset_no_delete BEFORE DELETE ON creative_asset FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'uploaded images cannot be deleted';
