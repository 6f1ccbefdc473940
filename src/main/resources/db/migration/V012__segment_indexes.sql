-- Indexes for segment counts (issue 4). Figures: docs/BENCHMARKS.md, "Segment counts" (1,000,000 leads, 10 M events).
-- "CPU x → y" is the database server's CPU for one count before → after this migration (before: the plan MariaDB had
-- then, a read of the whole table); CPU, unlike wall time, is not inflated by the other work on the shared machine.
--
-- A segment count is SELECT COUNT(*), SUM(emailable), SUM(sms_ok), SUM(callable) FROM leads l WHERE <rule>. Before,
-- no index held the three consent columns the count adds up, so even a rule on an indexed column had to read the
-- table for every match, and MariaDB read the whole 300 MB table instead (CPU 320–490 ms, 0.5–2 s wall). Now a few
-- entry points — stage, state, last activity, the rate trigger, LTV — each start an index that also holds the columns
-- segments commonly combine with them and the consent columns, so a rule that names one of them is an index range
-- that never reads the table. Four are existing indexes made wider: their leading columns and order are unchanged (the
-- explicit id keeps (…, received_at, id) in the order the Leads grid's sorts read). Two are new.
--
-- Cost, measured: 20,000 inserts into the 1,000,000-lead table (INSERT … SELECT of existing leads, rolled back) cost
-- the server 4.4–4.8 s CPU before and 8.4–8.6 s after: every index of leads is maintained on each insert, and the wide
-- ones split more pages. A leaner variant (consent columns only on ix_lead_filter, ix_lead_state with purpose, credit
-- band, first-time buyer and veteran only, no ix_lead_ltv, the rate index without stage) cost 7.0 s but left four
-- benchmark segments (LTV, loan amount, nested, purpose + credit band) at 0.4–0.9 s. On the test database (5,000
-- leads) the 100,000-row CSV import showed no difference beyond its run-to-run noise. Full scans of ix_lead_filter
-- for Leads-grid counts on a column it does not start with (program alone) read a wider index: about 1.5× the CPU.

-- Stage with every filter of the Leads grid (V008), now also first-time buyer, veteran, LTV, DTI, loan amount, credit
-- score and the consent columns: any rule that names stages and otherwise uses these columns is a range of the stages
-- named, never reading the table. Measured: loan amount ≥ $766,550 and not funded or lost CPU 360 → 237 ms; stage in
-- New/Contacted/MQL AND ANY(Excellent, ≥ $600k, veteran) AND NONE(NY/NJ, home equity) CPU 490 → 192 ms.
ALTER TABLE leads
    DROP INDEX ix_lead_filter,
    ADD INDEX ix_lead_filter (stage, state, source_id, assigned_lo_id, loan_purpose, loan_program, credit_band,
                              unassignable, received_at, id, first_time_buyer, veteran, ltv, dti, loan_amount,
                              credit_score, emailable, sms_ok, callable);

-- Stage alone (V005, the grid's stage filter and sort), plus the consent columns: "all open leads" reads this narrow
-- index rather than the wide one above (about 60 % of its cost). Measured: stage New/Contacted/MQL/SQL, 413,017 leads,
-- CPU 400 → 130 ms.
ALTER TABLE leads
    DROP INDEX ix_lead_stage,
    ADD INDEX ix_lead_stage (stage, received_at, id, emailable, sms_ok, callable);

-- State (V005, the grid's state filter and sort), plus the same segment columns as ix_lead_filter: rules that name
-- states. Measured: refinance in CA or TX with credit Good or better CPU 390 → 105 ms; first-time buyers in FL or GA
-- CPU 340 → 53 ms.
ALTER TABLE leads
    DROP INDEX ix_lead_state,
    ADD INDEX ix_lead_state (state, received_at, id, loan_purpose, loan_program, credit_band, stage, first_time_buyer,
                             veteran, ltv, dti, loan_amount, credit_score, emailable, sms_ok, callable);

-- Last activity (V005), plus the consent columns. Serves "any / no activity in the last D days" and, because
-- SqlCompiler states the window on last_activity_at for "at least N events of type T in the last D days", the lead
-- side of every behavioural condition: only the leads active in the window are read, each looked up in the events
-- subquery's set. As the narrowest index with the consent columns it is also what a consent-only rule scans.
-- Measured: any activity in 14 days CPU 320 → 32 ms; at least 2 rate quotes in 30 days CPU 620 → 265 ms (380 ms with
-- this index but the compiler's previous SQL); SMS-able and callable but not emailable CPU 320 → 139 ms.
ALTER TABLE leads
    DROP INDEX ix_lead_last_activity,
    ADD INDEX ix_lead_last_activity (last_activity_at, emailable, sms_ok, callable);

-- The rate trigger (new): one range per program (current_rate ≥ today's rate + margin), the term checked in the index
-- for the 15/30-year split of conventional loans, and what a refinance campaign adds to it (purpose, state, credit band,
-- stage, last activity, consent), so the issue's example sentence is one range. Purchase leads (no current loan) sit
-- together under NULL and are never read. Measured: rate ≥ 0.50 pts above today's CPU 440 → 92 ms; with CA/TX, credit
-- Good or better and emailable CPU 470 → 76 ms; the issue's example CPU 460 → 68 ms.
CREATE INDEX ix_lead_rate_trigger ON leads (current_program, current_rate, current_term_months, loan_purpose, state,
                                            credit_band, stage, last_activity_at, emailable, sms_ok, callable);

-- LTV bands (new; PMI removal, cash-out and streamline eligibility), with DTI, purpose and credit band in the index.
-- Measured: LTV 80–95 % and DTI ≤ 43 % CPU 440 → 109 ms. Being narrow, it is also what a rule on purpose and credit
-- band alone scans: cash-out or home equity with credit Good or better CPU 390 → 211 ms.
CREATE INDEX ix_lead_ltv ON leads (ltv, dti, loan_purpose, credit_band, emailable, sms_ok, callable);
