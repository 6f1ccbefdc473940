-- Indexes for the Leads grid at a million leads (measured: docs/BENCHMARKS.md, "Leads grid").

-- A loan officer's own leads by stage ("my new leads"), the view loan officers work from. With only
-- ix_lead_lo (assigned_lo_id, received_at) the count read every one of the officer's rows to check the stage
-- (2.7 s at 1,000,000 leads); this answers count and newest-first page from the index alone.
CREATE INDEX ix_lead_lo_stage ON leads (assigned_lo_id, stage, received_at);

-- Every filter column of the grid in one index, so a count over any combination of filters (state + stage + program,
-- source + stage, credit band alone…) is answered from this index without reading a row: at most a scan of the index,
-- a range when a stage is chosen. Without it, combinations were counted through row lookups (0.9–2.2 s) and the
-- columns without an index of their own (program, purpose, credit band, unassignable) by a full table scan.
CREATE INDEX ix_lead_filter ON leads (stage, state, source_id, assigned_lo_id, loan_purpose, loan_program,
                                      credit_band, unassignable, received_at);

-- The queue of leads no licensed loan officer could take (about 1 % of leads), newest first: without it the count
-- scanned a whole index and the page walked received_at backwards past 99 of every 100 rows (0.7 s each).
CREATE INDEX ix_lead_unassignable ON leads (unassignable, received_at);
