-- The advertiser profile is one row that always exists, so two people saving the first profile at once meet the
-- optimistic lock instead of a duplicate key.
INSERT INTO advertiser_profile (id, fha_approved, va_lender, version)
SELECT 1, FALSE, FALSE, 0 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM advertiser_profile WHERE id = 1);
