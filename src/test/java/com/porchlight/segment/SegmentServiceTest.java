package com.porchlight.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.porchlight.lead.EventType;
import com.porchlight.lead.LeadExportKind;
import com.porchlight.segment.rule.ActivityCondition;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RuleGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class SegmentServiceTest extends KaribuTest {

    @Autowired
    SegmentService segments;
    @Autowired
    JdbcTemplate jdbc;

    private long marketerId;

    private static final RuleGroup CALIFORNIA = RuleGroup.all(
            FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA"));
    private static final RuleGroup TEXAS_REFI = RuleGroup.all(
            FieldCondition.of(LeadAttribute.STATE, Operator.IS_ANY_OF, "TX"),
            FieldCondition.of(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE"));

    @BeforeEach
    void signIn() {
        authenticateAs(MARKETER);
        marketerId = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, MARKETER);
    }

    @AfterEach
    void signOut() {
        logout();
    }

    private SegmentForm form(String name, RuleGroup rule) {
        return new SegmentForm(name, "For the test", marketerId, rule);
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    @Test
    void every_save_is_a_new_version_and_old_versions_stay_as_they_were() {
        String name = unique("California");
        SegmentVersion v1 = segments.create(form(name, CALIFORNIA));
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.summary()).isEqualTo("Leads in CA");

        SegmentVersion v2 = segments.save(v1.segmentId(), 1, form(name + " refi", TEXAS_REFI));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.summary()).isEqualTo("Refinance leads in TX");

        SegmentVersion old = segments.version(v1.segmentId(), 1).orElseThrow();
        assertThat(old.rule()).isEqualTo(CALIFORNIA);
        assertThat(old.name()).isEqualTo(name);
        assertThat(old.current()).isFalse();
        assertThat(segments.versions(v1.segmentId())).extracting(SegmentVersion::versionNo).containsExactly(2, 1);
    }

    @Test
    void an_invalid_rule_is_never_saved_and_the_previous_version_stays_intact() {
        SegmentVersion v1 = segments.create(form(unique("Valid"), CALIFORNIA));
        RuleGroup broken = CALIFORNIA.withAdded(RuleGroup.any())
                .withAdded(ActivityCondition.atLeast(2, EventType.RATE_QUOTE, -30));
        assertThatThrownBy(() -> segments.save(v1.segmentId(), 1, form(v1.name(), broken)))
                .isInstanceOfSatisfying(SegmentException.class, e -> {
                    assertThat(e.ruleProblems()).extracting(p -> p.path().toString() + " " + p.message())
                            .containsExactly("[1] This group is empty: add a condition or remove the group.",
                                    "[2] The number of days cannot be negative (got -30).");
                });
        SegmentVersion current = segments.get(v1.segmentId()).orElseThrow();
        assertThat(current.versionNo()).isEqualTo(1);
        assertThat(current.rule()).isEqualTo(CALIFORNIA);
        assertThat(segments.versions(v1.segmentId())).hasSize(1);
    }

    @Test
    void form_errors_name_the_field() {
        segments.create(form("Taken " + marketerId + " name", CALIFORNIA));
        assertThatThrownBy(() -> segments.create(new SegmentForm("Taken " + marketerId + " name", "x".repeat(1001),
                -1, CALIFORNIA))).isInstanceOfSatisfying(SegmentException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "description", "owner")
                        .containsEntry("name", "Another segment is already called \"Taken " + marketerId
                                + " name\"."));
        assertThatThrownBy(() -> segments.create(form("  ", CALIFORNIA)))
                .isInstanceOfSatisfying(SegmentException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "Give the segment a name."));
    }

    @Test
    void a_save_based_on_an_older_version_is_refused_and_writes_nothing() {
        SegmentVersion v1 = segments.create(form(unique("Raced"), CALIFORNIA));
        segments.save(v1.segmentId(), 1, form(v1.name(), TEXAS_REFI));
        assertThatThrownBy(() -> segments.save(v1.segmentId(), 1, form(v1.name(), CALIFORNIA)))
                .isInstanceOf(SegmentException.class).hasMessageContaining("Someone saved version 2");
        assertThat(segments.get(v1.segmentId()).orElseThrow().rule()).isEqualTo(TEXAS_REFI);
    }

    @Test
    void restoring_an_old_version_makes_it_the_newest_version() {
        SegmentVersion v1 = segments.create(form(unique("Restorable"), CALIFORNIA));
        segments.save(v1.segmentId(), 1, form(v1.name(), TEXAS_REFI));
        SegmentVersion v3 = segments.restore(v1.segmentId(), 1, 2);
        assertThat(v3.versionNo()).isEqualTo(3);
        assertThat(v3.rule()).isEqualTo(CALIFORNIA);
        assertThat(v3.restoredFrom()).isEqualTo(1);
        assertThat(segments.version(v1.segmentId(), 2).orElseThrow().rule()).isEqualTo(TEXAS_REFI);
    }

    @Test
    void duplicating_copies_the_rule_under_a_new_name() {
        SegmentVersion v1 = segments.create(form(unique("Original"), TEXAS_REFI));
        SegmentVersion copy = segments.duplicate(v1.segmentId());
        SegmentVersion copy2 = segments.duplicate(v1.segmentId());
        assertThat(copy.name()).isEqualTo("Copy of " + v1.name());
        assertThat(copy2.name()).isEqualTo("Copy of " + v1.name() + " (2)");
        assertThat(copy.rule()).isEqualTo(TEXAS_REFI);
        assertThat(copy.segmentId()).isNotEqualTo(v1.segmentId());
    }

    @Test
    void a_segment_in_use_cannot_be_deleted_and_says_where_it_is_used() {
        SegmentVersion v1 = segments.create(form(unique("Used"), CALIFORNIA));
        segments.markUsed(v1.segmentId(), "Campaign", 42, "Spring refinance push");
        assertThatThrownBy(() -> segments.delete(v1.segmentId())).isInstanceOf(SegmentException.class)
                .hasMessageContaining("used by Campaign \"Spring refinance push\"");
        assertThat(segments.get(v1.segmentId())).isPresent();

        segments.release(v1.segmentId(), "Campaign", 42);
        segments.delete(v1.segmentId());
        assertThat(segments.get(v1.segmentId())).isEmpty();
        // The name is free again; the deleted segment's versions stay on record.
        assertThat(segments.create(form(v1.name(), CALIFORNIA)).versionNo()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM segment_version WHERE segment_id = ?", Integer.class,
                v1.segmentId())).isEqualTo(1);
    }

    @Test
    void the_count_is_split_by_what_each_channel_may_reach() {
        SegmentCount all = segments.count(CALIFORNIA);
        assertThat(all.total()).isPositive();
        assertThat(all.emailable()).isEqualTo(segments.count(CALIFORNIA.withAdded(
                FieldCondition.of(LeadAttribute.EMAILABLE, Operator.IS, "true"))).total());
        assertThat(all.smsOk()).isEqualTo(segments.count(CALIFORNIA.withAdded(
                FieldCondition.of(LeadAttribute.SMS_OK, Operator.IS, "true"))).total());
        assertThat(all.callable()).isLessThanOrEqualTo(all.total());
        assertThat(segments.count(RuleGroup.empty()).total())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Long.class));
    }

    @Test
    void an_invalid_rule_is_not_counted() {
        assertThatThrownBy(() -> segments.count(RuleGroup.all(
                FieldCondition.of(LeadAttribute.CREDIT_SCORE, Operator.BETWEEN, "800", "700"))))
                .isInstanceOfSatisfying(SegmentException.class, e -> assertThat(e.ruleProblems()).hasSize(1));
    }

    @Test
    void a_live_count_arrives_in_the_background_and_a_cancelled_one_never_does() throws Exception {
        PendingCount live = segments.countLive(CALIFORNIA);
        assertThat(live.result().get(30, TimeUnit.SECONDS)).isEqualTo(segments.count(CALIFORNIA));

        PendingCount cancelled = segments.countLive(RuleGroup.all(ActivityCondition.atLeast(2, null, 365)));
        cancelled.cancel();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThatThrownBy(() -> cancelled.result().get(30, TimeUnit.SECONDS))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void an_email_export_of_a_segment_holds_only_leads_who_may_be_emailed_and_is_recorded() throws Exception {
        SegmentVersion v1 = segments.create(form(unique("Export"), CALIFORNIA));
        SegmentCount count = segments.count(CALIFORNIA);
        assertThat(count.emailable()).isLessThan(count.total());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = segments.export(v1.segmentId(), LeadExportKind.EMAIL_LIST, out);
        assertThat(rows).isEqualTo(count.emailable()).isEqualTo(segments.exportCount(v1.segmentId(),
                LeadExportKind.EMAIL_LIST));
        List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\r\n"));
        List<Long> ids = lines.subList(1, lines.size()).stream().map(l -> Long.parseLong(l.substring(0,
                l.indexOf(',')))).toList();
        assertThat(ids).hasSize((int) rows).allSatisfy(id -> assertThat(jdbc.queryForObject(
                "SELECT emailable AND state = 'CA' FROM leads WHERE id = ?", Boolean.class, id)).isTrue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_export WHERE segment_id = ? AND segment_version = 1 "
                + "AND channel = 'EMAIL' AND row_count = ? AND exported_by = ?", Integer.class, v1.segmentId(), rows,
                MARKETER)).isEqualTo(1);
    }

    @Test
    void a_compliance_officer_reads_segments_but_cannot_change_them() {
        SegmentVersion v1 = segments.create(form(unique("Read only"), CALIFORNIA));
        logout();
        authenticateAs(COMPLIANCE);
        assertThat(segments.get(v1.segmentId())).isPresent();
        assertThat(segments.count(CALIFORNIA).total()).isPositive();
        assertThatThrownBy(() -> segments.save(v1.segmentId(), 1, form(v1.name(), TEXAS_REFI)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> segments.export(v1.segmentId(), LeadExportKind.EMAIL_LIST,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_loan_officer_can_neither_edit_nor_count_segments() {
        logout();
        authenticateAs(LOAN_OFFICER);
        assertThatThrownBy(() -> segments.create(form(unique("LO"), CALIFORNIA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> segments.count(CALIFORNIA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> segments.list("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
