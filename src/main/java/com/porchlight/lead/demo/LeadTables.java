package com.porchlight.lead.demo;

import java.util.List;

/**
 * The four tables a lead is written to, with the columns in the order {@link #write} emits them. The same rows
 * {@code LeadWriter} writes for a new lead (the lead, its NEW stage-history row, its consent evidence), plus what a
 * lead's later life adds: later stage changes, revocations, and its engagement events.
 */
enum LeadTables {
    LEADS("leads", "id, source_id, external_id, first_name, last_name, email, phone, state, county, zip, "
            + "loan_purpose, loan_program, credit_score, credit_band, annual_income, monthly_debt, property_value, "
            + "loan_amount, current_rate, current_program, current_term_months, current_loan_originated_on, "
            + "first_time_buyer, veteran, prequalified_at, preapproved_at, stage, stage_changed_at, lost_reason, "
            + "received_at, first_contacted_at, last_activity_at, assigned_lo_id, assigned_at, unassignable, "
            + "email_opt_in_at, email_unsubscribed_at, pewc_at, sms_revoked_at, call_revoked_at, do_not_call, "
            + "created_by"),
    STAGE_CHANGES("lead_stage_change", "lead_id, from_stage, to_stage, changed_at, changed_by, reason"),
    CONSENT("lead_consent_event", "lead_id, channel, action, occurred_at, capture_source, consent_text, recorded_at, "
            + "recorded_by"),
    EVENTS("lead_event", "lead_id, type, occurred_at, detail");

    private final String table;
    private final String columns;

    LeadTables(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String table() {
        return table;
    }

    /** The LOAD DATA statement for this table's rows (constants only: no input reaches this SQL). */
    String loadStatement() {
        return "LOAD DATA LOCAL INFILE '" + table + ".tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + columns + ")";
    }

    /** Appends the lead's rows to the four buffers, indexed by {@link #ordinal()}. */
    static void write(DemoLead l, TsvRows[] out) {
        TsvRows t = out[LEADS.ordinal()];
        t.num(l.id()).num(l.sourceId()).text(l.externalId()).text(l.firstName()).text(l.lastName()).text(l.email())
                .text(l.phone()).text(l.state()).text(l.county()).text(l.zip()).text(l.purpose()).text(l.program())
                .num(l.creditScore()).text(l.creditBand()).num(l.annualIncome()).num(l.monthlyDebt())
                .num(l.propertyValue()).num(l.loanAmount()).decimal(l.currentRate()).text(l.currentProgram())
                .num(l.currentTermMonths()).date(l.currentOriginatedOn()).bool(l.firstTimeBuyer()).bool(l.veteran())
                .time(l.prequalifiedAt()).time(l.preapprovedAt()).text(l.stage()).time(l.stageChangedAt())
                .text(l.lostReason()).time(l.receivedAt()).time(l.firstContactedAt()).time(l.lastActivityAt())
                .num(l.assignedLoId()).time(l.assignedAt()).bool(l.unassignable()).time(l.emailOptInAt())
                .time(l.emailUnsubscribedAt()).time(l.pewcAt()).time(l.smsRevokedAt()).time(l.callRevokedAt())
                .bool(l.doNotCall()).text(l.createdBy())
                .endRow();
        TsvRows h = out[STAGE_CHANGES.ordinal()];
        for (DemoLead.StageChange c : l.history()) {
            h.num(l.id()).text(c.from()).text(c.to()).time(c.at()).text(c.by()).text(c.reason()).endRow();
        }
        TsvRows c = out[CONSENT.ordinal()];
        for (DemoLead.ConsentFact f : l.consent()) {
            c.num(l.id()).text(f.channel()).text(f.action()).time(f.at()).text(f.captureSource()).text(f.text())
                    .time(f.recordedAt()).text(f.recordedBy()).endRow();
        }
        TsvRows e = out[EVENTS.ordinal()];
        for (DemoLead.Activity a : l.events()) {
            e.num(l.id()).text(a.type()).time(a.at()).text(a.detail()).endRow();
        }
    }

    static List<LeadTables> all() {
        return List.of(values());
    }
}
