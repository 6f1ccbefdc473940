package com.porchlight.creative.ui;

import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeFilter;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeStatus;
import com.porchlight.creative.CreativeSummary;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What waits for a reviewer, oldest submission first: compliance officers see submitted and claimed creatives, CMOs
 * those compliance approved; anything past the review SLA is highlighted. A row opens the creative.
 */
@Route("reviews")
@PageTitle("Review queue")
@Menu(order = 11, icon = "vaadin:clipboard-check", title = "Review queue")
@RolesAllowed({Roles.COMPLIANCE, Roles.CMO})
@StyleSheet("creative-review.css")
class ReviewQueueView extends Div {

    enum Queue {
        COMPLIANCE("Compliance review", EnumSet.of(CreativeStatus.SUBMITTED, CreativeStatus.IN_REVIEW)),
        CMO("CMO approval", EnumSet.of(CreativeStatus.COMPLIANCE_APPROVED));

        final String label;
        final Set<CreativeStatus> statuses;

        Queue(String label, Set<CreativeStatus> statuses) {
            this.label = label;
            this.statuses = statuses;
        }
    }

    /** A queue row: the summary plus what the grid shows from the current version and its stored pre-check. */
    record Row(CreativeSummary summary, Set<String> states, int findings, long blocking, boolean overSla,
            int waitingDays) {
    }

    private final CreativeService creatives;
    private final Clock clock;
    final RadioButtonGroup<Queue> queue = new RadioButtonGroup<>("Queue");
    final Select<Channel> channel = new Select<>();
    final Select<CreativeStatus> status = new Select<>();
    final com.vaadin.flow.component.combobox.ComboBox<String> targetState =
            new com.vaadin.flow.component.combobox.ComboBox<>("Target state");
    final TextField author = new TextField("Name or author");
    final Checkbox overSlaOnly = new Checkbox("Past the SLA only");
    final Grid<Row> grid = new Grid<>();
    final Span total = new Span();

    ReviewQueueView(CreativeService creatives, Clock clock) {
        this.creatives = creatives;
        this.clock = clock;
        addClassName("pl-page");
        addClassName("pl-review-queue");

        boolean compliance = CurrentUser.hasAnyRole(Roles.COMPLIANCE);
        boolean cmo = CurrentUser.hasAnyRole(Roles.CMO);
        queue.setItems(Queue.values());
        queue.setItemLabelGenerator(q -> q.label);
        queue.setValue(compliance ? Queue.COMPLIANCE : Queue.CMO);
        queue.setVisible(compliance && cmo);
        queue.addValueChangeListener(e -> {
            status.setItems(e.getValue().statuses);
            status.clear();
            refresh();
        });

        channel.setLabel("Channel");
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption("All channels");
        channel.setItemLabelGenerator(c -> c == null ? "All channels" : ChannelLayout.label(c));
        channel.addValueChangeListener(e -> refresh());

        status.setLabel("Status");
        status.setItems(queue.getValue().statuses);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(e -> refresh());

        // Reviewers split work by the states a creative runs in (licensing and state legends differ).
        targetState.setItems(com.porchlight.base.UsStates.codes().stream().sorted().toList());
        targetState.setItemLabelGenerator(c -> c + " – " + com.porchlight.base.UsStates.name(c));
        targetState.setPlaceholder("Any state");
        targetState.setClearButtonVisible(true);
        targetState.addValueChangeListener(e -> refresh());

        author.setPlaceholder("e.g. marketer@");
        author.setClearButtonVisible(true);
        author.setValueChangeMode(ValueChangeMode.LAZY);
        author.addValueChangeListener(e -> refresh());
        overSlaOnly.addValueChangeListener(e -> refresh());

        var filters = new HorizontalLayout(queue, channel, status, targetState, author, overSlaOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("pl-rq-filters");

        grid.addColumn(r -> r.summary().name()).setHeader("Name").setWidth("16rem").setFlexGrow(2).setKey("name");
        grid.addColumn(r -> ChannelLayout.label(r.summary().channel())).setHeader("Channel").setAutoWidth(true).setFlexGrow(0).setKey("channel");
        grid.addColumn(r -> r.states().isEmpty() ? "—" : String.join(", ", r.states())).setHeader("States")
                .setAutoWidth(true).setFlexGrow(0).setKey("states");
        grid.addColumn(r -> r.summary().owner()).setHeader("Author").setWidth("12rem").setFlexGrow(1).setKey("author");
        grid.addColumn(r -> ReviewSupport.when(r.summary().submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0).setKey("submitted");
        grid.addColumn(r -> r.overSla() ? ReviewSupport.businessDays(r.waitingDays()) + " waiting"
                : ReviewSupport.businessDays(r.waitingDays())).setHeader("Age").setAutoWidth(true).setFlexGrow(0).setKey("age");
        grid.addColumn(r -> r.summary().status() == CreativeStatus.SUBMITTED ? "unclaimed"
                : r.summary().claimedBy() == null ? "—" : r.summary().claimedBy()).setHeader("Claimed by")
                .setAutoWidth(true).setFlexGrow(0).setKey("claimed");
        grid.addColumn(r -> r.findings() + (r.blocking() > 0 ? " (" + r.blocking() + " overridden BLOCK)" : ""))
                .setHeader("Findings").setAutoWidth(true).setFlexGrow(0).setKey("findings");
        grid.setPartNameGenerator(r -> r.overSla() ? "over-sla" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("Nothing waits for review.");
        grid.setSizeFull();

        var sla = new Paragraph("Oldest submission first. Rows past the review SLA of "
                + ReviewSupport.businessDays(creatives.policy().slaBusinessDays())
                + " are highlighted. Click a row to open the creative.");
        sla.addClassName("pl-muted");
        total.addClassName("pl-rq-total");
        add(new H2("Review queue"), sla, filters, total, grid);
        refresh();
    }

    CreativeFilter filter() {
        CreativeFilter f = (queue.getValue() == Queue.CMO ? CreativeFilter.cmoQueue() : CreativeFilter.complianceQueue())
                .withChannel(channel.getValue()).withState(targetState.getValue()).withText(author.getValue())
                .withOverSla(overSlaOnly.getValue());
        return status.getValue() == null ? f : f.withStatuses(Set.of(status.getValue()));
    }

    void refresh() {
        CreativeFilter f = filter();
        long count = creatives.count(f);
        total.setText(count == 1 ? "1 creative" : count + " creatives");
        grid.setItems(new CallbackDataProvider<Row, Void>(
                query -> rows(creatives.page(f, query.getOffset(), query.getLimit()).stream()),
                query -> (int) Math.min(Integer.MAX_VALUE, creatives.count(f))));
    }

    private Stream<Row> rows(Stream<CreativeSummary> page) {
        return page.map(s -> {
            CreativeDetail d = creatives.get(s.id());
            var check = creatives.submittedCheck(s.id());
            int days = s.submittedAt() == null ? 0 : com.porchlight.creative.BusinessDays.between(s.submittedAt(), clock.instant());
            return new Row(s, d.current().content().setup().states(), check.map(c -> c.findings().size()).orElse(0),
                    check.map(c -> (long) c.blocking().size()).orElse(0L), creatives.overSla(s), days);
        });
    }

    private void open(Row row) {
        UI.getCurrent().navigate("creatives/" + row.summary().id());
    }
}
