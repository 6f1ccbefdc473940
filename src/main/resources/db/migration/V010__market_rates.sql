-- Market rates: every entry a marketer makes is kept (the application never updates or deletes a row), so the rate in
-- force at any moment can be answered later (segments' rate trigger, creatives' rate staleness, the history chart).
CREATE TABLE market_rate (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    product      VARCHAR(24)   NOT NULL,
    -- Percent, e.g. 6.375.
    rate         DECIMAL(5,3)  NOT NULL,
    apr          DECIMAL(5,3)  NOT NULL,
    -- UTC. May lie a few days ahead (a rate sheet published in advance); until then the previous entry is in force.
    effective_at DATETIME(6)   NOT NULL,
    -- The pricing assumptions the rate is quoted for.
    credit_score SMALLINT      NOT NULL,
    ltv          DECIMAL(5,2)  NOT NULL,
    points       DECIMAL(4,3)  NOT NULL,
    note         VARCHAR(500)  NULL,
    entered_by   VARCHAR(254)  NOT NULL,
    entered_at   DATETIME(6)   NOT NULL,
    -- "The entry in force at T" is the last one of the product at or before T: one backward index seek.
    INDEX ix_market_rate_product_effective (product, effective_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
