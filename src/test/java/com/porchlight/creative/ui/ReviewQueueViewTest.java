package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reviewer queue: who sees what, oldest first, the SLA highlighted, the filters. */
class ReviewQueueViewTest extends ReviewTestSupport {

    private void submittedDaysAgo(long id, int days) {
        jdbc.update("UPDATE creative SET submitted_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusDays(days), id);
    }

    private ReviewQueueView open(String email, String search) {
        login(email);
        UI.getCurrent().navigate("reviews");
        ReviewQueueView view = _get(ReviewQueueView.class);
        _setValue(view.author, search);
        return view;
    }

    private static List<ReviewQueueView.Row> rows(ReviewQueueView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void compliance_sees_submissions_oldest_first_with_the_ones_past_the_sla_highlighted() {
        String batch = unique("Queue");
        CreativeDetail recent = submitted(batch + " recent", cleanEmail());
        CreativeDetail old = submitted(batch + " old", cleanEmail());
        CreativeDetail claimed = claimed(submitted(batch + " claimed", cleanSms()));
        drafted(batch + " draft", cleanEmail());
        submittedDaysAgo(old.id(), 14);
        submittedDaysAgo(claimed.id(), 1);

        ReviewQueueView view = open(COMPLIANCE, batch);
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(old.id(), claimed.id(), recent.id());
        ReviewQueueView.Row first = rows(view).getFirst();
        assertThat(first.overSla()).isTrue();
        assertThat(GridKt._getFormatted(view.grid, 0, "age")).matches("\\d+ business days waiting");
        assertThat(view.grid.getPartNameGenerator().apply(first)).isEqualTo("over-sla");
        assertThat(view.grid.getPartNameGenerator().apply(rows(view).getLast())).isNull();
        assertThat(GridKt._getFormatted(view.grid, 1, "claimed")).isEqualTo(COMPLIANCE);
        assertThat(GridKt._getFormatted(view.grid, 2, "claimed")).isEqualTo("unclaimed");
        assertThat(GridKt._getFormatted(view.grid, 0, "states")).isEqualTo("TX");
        assertThat(GridKt._getFormatted(view.grid, 0, "author")).isEqualTo(MARKETER);
        assertThat(view.total.getText()).isEqualTo("3 creatives");
    }

    @Test
    void filters_narrow_the_queue_by_channel_state_and_sla() {
        String batch = unique("Filter");
        CreativeDetail email = submitted(batch + " email", cleanEmail());
        CreativeDetail sms = claimed(submitted(batch + " sms", cleanSms().withSetup(cleanSms().setup()
                .withStates(java.util.Set.of("TX", "NV")))));
        submittedDaysAgo(email.id(), 14);

        ReviewQueueView view = open(COMPLIANCE, batch);
        _setValue(view.channel, Channel.SMS);
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(sms.id());
        _setValue(view.channel, null);
        _setValue(view.targetState, "NV");
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(sms.id());
        _setValue(view.targetState, "TX");
        assertThat(rows(view)).hasSize(2);
        _setValue(view.targetState, null);
        _setValue(view.status, CreativeStatus.SUBMITTED);
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(email.id());
        _setValue(view.status, null);
        _setValue(view.overSlaOnly, true);
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(email.id());
        _setValue(view.overSlaOnly, false);
        _setValue(view.author, "nobody-wrote-this-" + batch);
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void a_cmo_sees_what_compliance_approved_and_a_click_opens_the_creative() {
        String batch = unique("Cmo queue");
        CreativeDetail waiting = complianceApproved(submitted(batch + " waiting", cleanEmail()));
        submitted(batch + " not yet", cleanEmail());
        ReviewQueueView view = open(CMO, batch);
        assertThat(view.queue.isVisible()).isFalse();
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(waiting.id());
        GridKt._clickItem(view.grid, 0);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CreativeView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("creatives/" + waiting.id());
    }

    @Test
    void a_person_with_both_reviewer_roles_switches_between_the_two_queues() {
        String both = createUser("both.queues", "Kim Both", "both-queues-pass", Roles.COMPLIANCE, Roles.CMO);
        String batch = unique("Switch");
        CreativeDetail submittedOne = submitted(batch + " submitted", cleanEmail());
        CreativeDetail approvedOne = complianceApproved(submitted(batch + " approved", cleanEmail()));
        ReviewQueueView view = open(both, batch);
        assertThat(view.queue.isVisible()).isTrue();
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(submittedOne.id());
        _setValue(view.queue, ReviewQueueView.Queue.CMO);
        assertThat(rows(view)).extracting(r -> r.summary().id()).containsExactly(approvedOne.id());
    }

    @Test
    void a_marketer_opening_the_review_queue_is_refused() {
        login(MARKETER);
        UI.getCurrent().navigate("reviews");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
