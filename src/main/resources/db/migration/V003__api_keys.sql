-- API keys for machine clients (the public compliance check API now, lead intake later). Only a SHA-256 hash of each
-- key is stored; the plain key is shown once when it is created. key_prefix is its first 8 characters, for lists.
CREATE TABLE api_key (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    scope          VARCHAR(32)  NOT NULL,
    lead_source_id BIGINT       NULL,
    key_prefix     VARCHAR(8)   NOT NULL,
    key_hash       CHAR(64)     NOT NULL,
    created_by     VARCHAR(254) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    last_used_at   DATETIME(6)  NULL,
    revoked_at     DATETIME(6)  NULL,
    revoked_by     VARCHAR(254) NULL,
    CONSTRAINT uk_api_key_hash UNIQUE (key_hash),
    INDEX ix_api_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
