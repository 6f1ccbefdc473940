-- A copy made with "Duplicate" remembers its source: whoever authored or edited the source may not approve the copy
-- either (ADR 0011, separation of duties).
ALTER TABLE creative ADD COLUMN duplicated_from BIGINT NULL AFTER owner_email,
    ADD CONSTRAINT fk_creative_duplicated_from FOREIGN KEY (duplicated_from) REFERENCES creative (id);
