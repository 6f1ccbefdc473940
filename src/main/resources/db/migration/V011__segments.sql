-- Segments: a named rule over leads. Every save is a new immutable version; the segment row points at the current one.

CREATE TABLE segment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000) NULL,
    owner_id        BIGINT        NOT NULL,
    current_version INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(254)  NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by      VARCHAR(254)  NOT NULL,
    -- Deleting keeps the segment and its versions (what was exported from it stays explainable).
    deleted_at      DATETIME(6)   NULL,
    deleted_by      VARCHAR(254)  NULL,
    -- Names are unique among segments that are not deleted.
    live_name       VARCHAR(120)  AS (CASE WHEN deleted_at IS NULL THEN name END) PERSISTENT,
    CONSTRAINT uk_segment_live_name UNIQUE (live_name),
    CONSTRAINT fk_segment_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
    INDEX ix_segment_updated (deleted_at, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE segment_version (
    segment_id    BIGINT        NOT NULL,
    version_no    INT           NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(1000) NULL,
    owner_id      BIGINT        NOT NULL,
    -- The rule as RuleJson writes it; parts a later version of the code no longer knows are kept verbatim.
    rule_json     MEDIUMTEXT    NOT NULL CHECK (JSON_VALID(rule_json)),
    summary       VARCHAR(2000) NOT NULL,
    saved_at      DATETIME(6)   NOT NULL,
    saved_by      VARCHAR(254)  NOT NULL,
    -- Set when this version was made by restoring an older one.
    restored_from INT           NULL,
    PRIMARY KEY (segment_id, version_no),
    CONSTRAINT fk_segment_version_segment FOREIGN KEY (segment_id) REFERENCES segment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What uses a segment (a campaign, an automation): a used segment cannot be deleted. Written by the using feature
-- through SegmentService.markUsed / release.
CREATE TABLE segment_usage (
    segment_id   BIGINT       NOT NULL,
    used_by_kind VARCHAR(40)  NOT NULL,
    used_by_id   BIGINT       NOT NULL,
    used_by_name VARCHAR(200) NOT NULL,
    since        DATETIME(6)  NOT NULL,
    PRIMARY KEY (segment_id, used_by_kind, used_by_id),
    CONSTRAINT fk_segment_usage_segment FOREIGN KEY (segment_id) REFERENCES segment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Segment exports are recorded with the other lead exports: which segment and version they came from.
ALTER TABLE lead_export ADD COLUMN segment_id BIGINT NULL, ADD COLUMN segment_version INT NULL;
