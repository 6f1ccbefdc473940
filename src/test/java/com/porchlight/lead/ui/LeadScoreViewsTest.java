package com.porchlight.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.Formats;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadData;
import com.porchlight.lead.LeadEventInput;
import com.porchlight.lead.LeadEventService;
import com.porchlight.lead.LeadRow;
import com.porchlight.lead.LeadScoreSummary;
import com.porchlight.lead.LeadScoring;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadValidator;
import com.porchlight.lead.LeadWriter;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.RecordedEvents;
import com.porchlight.lead.SourceChannel;
import com.porchlight.lead.Stage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores where loan officers meet them: the MQL hand-off landing in a loan officer's queue with the speed-to-lead
 * clock, and the profile's score card explaining the number rule by rule — including a qualified lead whose score has
 * since fallen below the threshold.
 */
class LeadScoreViewsTest extends KaribuTest {

    @Autowired
    LeadWriter writer;
    @Autowired
    LeadSourceService sources;
    @Autowired
    LeadEventService events;
    @Autowired
    LeadScoring scoring;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private long newSource() {
        authenticateAs(ADMIN);
        long id = sources.create(new LeadSourceForm("Score views test " + System.nanoTime(), SourceChannel.SEARCH,
                PricingModel.PER_LEAD, new BigDecimal("25"), true, true, AssignmentMode.MANUAL)).id();
        logout();
        return id;
    }

    /** A purchase lead in California with the given credit score, written as the intake writes it. */
    private long newLead(long source, String first, int creditScore) {
        Map<String, String> in = new HashMap<>();
        in.put("firstName", first);
        in.put("lastName", "Scored");
        in.put("email", first.toLowerCase() + "." + System.nanoTime() + "@example.com");
        in.put("state", "CA");
        in.put("loanPurpose", "PURCHASE");
        in.put("creditScore", Integer.toString(creditScore));
        var checked = new LeadValidator(clock).validate(in);
        assertThat(checked.errors()).isEmpty();
        LeadData lead = checked.lead();
        var from = new LeadWriter.Provenance(source, AssignmentMode.MANUAL, "test", "Test web form", null);
        return tx.execute(s -> writer.write(from, List.of(lead))).getFirst().id();
    }

    /** Events posted as a website would, through the events service with a lead-events key's authority. */
    private RecordedEvents record(long leadId, String... types) {
        List<LeadEventInput> input = new ArrayList<>();
        Instant at = clock.instant().minus(types.length, ChronoUnit.MINUTES);
        for (String type : types) {
            at = at.plus(1, ChronoUnit.MINUTES);
            input.add(new LeadEventInput(Long.toString(leadId), type, at.toString(), null));
        }
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("Website (plk_test…)", null, "SCOPE_LEAD_EVENTS"));
        try {
            RecordedEvents result = events.record(input);
            assertThat(result.problems()).isEmpty();
            return result;
        } finally {
            logout();
        }
    }

    /** Enough intent for any threshold a model may set (at most 100). */
    private RecordedEvents becomeMql(long leadId) {
        RecordedEvents result = record(leadId, "APPLICATION_START", "PREQUAL_FORM", "RATE_QUOTE", "RATE_QUOTE",
                "CALL", "CALL");
        assertThat(result.leads().getFirst().stage()).isEqualTo(Stage.MQL);
        return result;
    }

    private void assignTo(long leadId, String email) {
        long user = jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(Long.class).single();
        jdbc.sql("UPDATE leads SET assigned_lo_id = ?, assigned_at = received_at WHERE id = ?").params(user, leadId)
                .update();
    }

    private Instant instant(String sql, long leadId) {
        return jdbc.sql(sql).param(leadId).query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Grid<LeadRow> grid() {
        return _get(Grid.class);
    }

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    private static LeadScoreSummary shownScore() {
        return ((LeadProfileView) UI.getCurrent().getCurrentView()).profile().score();
    }

    @Test
    void a_lead_handed_over_as_mql_appears_in_its_loan_officers_queue_with_its_score_and_waiting_clock() {
        long source = newSource();
        long mql = newLead(source, "Maya", 760);
        long fresh = newLead(source, "Noah", 700);
        long contacted = newLead(source, "Cole", 700);
        List.of(mql, fresh, contacted).forEach(id -> assignTo(id, LOAN_OFFICER));
        jdbc.sql("UPDATE leads SET stage = 'CONTACTED', first_contacted_at = received_at WHERE id = ?")
                .param(contacted).update();
        RecordedEvents recorded = becomeMql(mql);

        login(LOAN_OFFICER);
        UI.getCurrent().navigate("leads", QueryParameters.simple(Map.of("source", Long.toString(source))));

        Grid<LeadRow> grid = grid();
        Map<Long, LeadRow> rows = new HashMap<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.put(GridKt._get(grid, i).id(), GridKt._get(grid, i));
        }
        assertThat(rows).containsOnlyKeys(mql, fresh, contacted);
        LeadRow row = rows.get(mql);
        assertThat(row.stage()).isEqualTo(Stage.MQL);
        assertThat(row.mql()).isTrue();
        assertThat(row.score()).isEqualByComparingTo(recorded.leads().getFirst().total());
        Instant handedOver = instant("SELECT stage_changed_at FROM leads WHERE id = ?", mql);
        assertThat(row.waitingSince()).as("the clock starts at the hand-off").isEqualTo(handedOver);
        assertThat(LeadsView.waiting(row, handedOver.plus(Duration.ofMinutes(75)))).isEqualTo("1 h 15 min");
        assertThat(LeadsView.isLate(row, handedOver.plus(Duration.ofMinutes(75)))).isTrue();
        assertThat(LeadsView.isLate(row, handedOver.plus(Duration.ofMinutes(30)))).isFalse();
        int index = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == mql) {
                index = i;
            }
        }
        assertThat(GridKt._getFormattedRow(grid, index)).as("the Score column").contains(LeadsView.score(row));

        assertThat(rows.get(fresh).waitingSince()).as("a new lead waits since it was received")
                .isEqualTo(instant("SELECT received_at FROM leads WHERE id = ?", fresh));
        assertThat(rows.get(fresh).score()).as("written around the intake: not scored until the next rescoring")
                .isNull();
        assertThat(LeadsView.score(rows.get(fresh))).isEqualTo("—");
        assertThat(rows.get(contacted).waitingSince()).as("contacted: nobody is waiting").isNull();
        assertThat(LeadsView.waiting(rows.get(contacted), handedOver)).isEmpty();
    }

    @Test
    void the_profile_explains_the_score_rule_by_rule() {
        long source = newSource();
        long id = newLead(source, "Ella", 760);
        record(id, "RATE_QUOTE", "RATE_QUOTE");

        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);

        LeadScoreSummary score = shownScore();
        assertThat(score).isNotNull();
        List<String> lines = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(lines).contains("Credit excellent (740+) +20", "2 × rate quote +30");
        assertThat(lines).containsExactlyElementsOf(score.explanation());
        assertThat(lines.getLast()).startsWith("Fit " + score.fit() + " + intent ");
        String total = _get(Span.class, spec -> spec.withId("lead-score-total")).getText();
        assertThat(lines.getLast()).contains("= " + total + " ");
        assertThat(pageText()).contains("(threshold " + score.threshold() + ")", "v" + score.modelVersion())
                .doesNotContain("fell below");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("pl-score-warning"))).isEmpty();
    }

    @Test
    void a_qualified_lead_whose_score_fell_below_the_threshold_says_when_and_keeps_its_stage() {
        long source = newSource();
        long id = newLead(source, "Finn", 700);
        assignTo(id, LOAN_OFFICER);
        becomeMql(id);
        // Months without activity: every event is now outside its window.
        jdbc.sql("UPDATE lead_event SET occurred_at = occurred_at - INTERVAL 400 DAY WHERE lead_id = ?").param(id)
                .update();
        jdbc.sql("UPDATE leads SET last_activity_at = last_activity_at - INTERVAL 400 DAY WHERE id = ?").param(id)
                .update();
        tx.executeWithoutResult(s -> scoring.scoreNow(List.of(id)));
        Instant fell = instant("SELECT mql_changed_at FROM lead_score WHERE lead_id = ?", id);

        login(LOAN_OFFICER);
        UI.getCurrent().navigate("leads/" + id);

        assertThat(shownScore().mql()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pl-score-warning")).getText()).isEqualTo(
                "Score fell below the MQL threshold on " + Formats.MINUTE.format(fell) + " — the stage stays "
                        + "Marketing qualified; mark it lost or keep working it.");
        assertThat(jdbc.sql("SELECT stage FROM leads WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("MQL");
        assertThat(_find(Button.class, spec -> spec.withText("Mark lost…"))).as("the way out it suggests")
                .hasSize(1);

        UI.getCurrent().navigate("leads", QueryParameters.simple(Map.of("source", Long.toString(source))));
        assertThat(LeadsView.score(GridKt._get(grid(), 0))).as("the queue marks it too").endsWith(" ▾");
    }

    @Test
    void a_lead_a_person_marked_mql_before_it_was_scored_low_says_the_score_is_below_not_that_it_fell() {
        long source = newSource();
        long id = newLead(source, "Iris", 640);
        login(MARKETER);
        UI.getCurrent().navigate("leads/" + id);
        _click(_get(Button.class, spec -> spec.withText("Mark marketing qualified")));
        // Its first score comes later, and is low: the score never was above the threshold.
        record(id, "PAGE_VIEW");
        login(MARKETER);

        UI.getCurrent().navigate("leads/" + id);

        LeadScoreSummary score = shownScore();
        assertThat(score.mql()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pl-score-warning")).getText()).isEqualTo(
                "The score is below the MQL threshold (" + score.threshold() + ") — the stage stays Marketing "
                        + "qualified; mark it lost or keep working it.");
    }
}
