package com.porchlight.lead.ui;

import com.porchlight.base.UsStates;
import com.porchlight.base.ui.SearchFields;
import com.porchlight.lead.CreditBand;
import com.porchlight.lead.LeadExportService;
import com.porchlight.lead.LeadFilter;
import com.porchlight.lead.LeadQueryService;
import com.porchlight.lead.LeadRow;
import com.porchlight.lead.LeadSort;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.LoanOfficerOption;
import com.porchlight.lead.LoanProgram;
import com.porchlight.lead.LoanPurpose;
import com.porchlight.lead.Stage;
import com.porchlight.security.CurrentUser;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every lead the user may see (a loan officer: their own), filtered, searched and sorted in the database, a page at a
 * time. The filters live in the address, so a filtered list can be bookmarked and shared. Marketers, the CMO and
 * administrators export the filtered list as CSV. For a loan officer it is the queue: each lead's score, and for leads
 * nobody has contacted yet how long they have been waiting (since the MQL hand-off, or since receipt), in red after an
 * hour.
 */
@Route("leads")
@PageTitle("Leads")
@Menu(order = 4, icon = "vaadin:users", title = "Leads")
@RolesAllowed({Roles.ADMIN, Roles.CMO, Roles.MARKETER, Roles.COMPLIANCE, Roles.LOAN_OFFICER})
@StyleSheet("leads.css")
class LeadsView extends Div implements BeforeEnterObserver {

    private static final java.time.format.DateTimeFormatter RECEIVED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    static final String SEARCH_HINT = "Search: name, email (with @) or phone (digits) — starts with…";
    /** A lead waiting longer than this for a first contact is shown as late. */
    static final Duration WAITING_TOO_LONG = Duration.ofHours(1);

    private final LeadQueryService leads;
    private final Clock clock;
    private final Grid<LeadRow> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField search = SearchFields.create(SEARCH_HINT);
    private final MultiSelectComboBox<Stage> stages = multi("Stage", Arrays.asList(Stage.values()), Stage::label);
    private final MultiSelectComboBox<LeadSourceSummary> sources;
    private final MultiSelectComboBox<String> states = multi("State", List.copyOf(UsStates.codes()),
            code -> code + " – " + UsStates.name(code));
    private final MultiSelectComboBox<LoanProgram> programs = multi("Program", Arrays.asList(LoanProgram.values()),
            LoanProgram::label);
    private final MultiSelectComboBox<LoanPurpose> purposes = multi("Purpose", Arrays.asList(LoanPurpose.values()),
            LoanPurpose::label);
    private final MultiSelectComboBox<CreditBand> creditBands = multi("Credit", Arrays.asList(CreditBand.values()),
            CreditBand::label);
    private final ComboBox<AssigneeOption> assignee = new ComboBox<>("Loan officer");
    private final DatePicker receivedFrom = new DatePicker("Received from");
    private final DatePicker receivedTo = new DatePicker("Received to");
    private final boolean ownLeadsOnly;
    private boolean applyingAddress;

    /** A choice of the loan officer filter: anyone, one loan officer, nobody, or "no licensed loan officer". */
    record AssigneeOption(String label, LeadFilter.Assignee assignee, String key) {
    }

    LeadsView(LeadQueryService leads, LeadSourceService sourceService, LeadExportService exports, Clock clock) {
        this.leads = leads;
        this.clock = clock;
        addClassName("pl-page");
        addClassName("pl-leads");
        ownLeadsOnly = leads.seesOnlyOwnLeads();

        sources = multi("Source", sourceService.all(), LeadSourceSummary::name);
        List<AssigneeOption> assigneeOptions = new ArrayList<>();
        assigneeOptions.add(new AssigneeOption("Anyone", LeadFilter.Assignee.any(), ""));
        assigneeOptions.add(new AssigneeOption("Nobody (unassigned)", LeadFilter.Assignee.unassigned(), "unassigned"));
        assigneeOptions.add(new AssigneeOption("No licensed loan officer (unassignable)",
                LeadFilter.Assignee.unassignable(), "unassignable"));
        for (LoanOfficerOption lo : leads.loanOfficers()) {
            assigneeOptions.add(new AssigneeOption(lo.name(), LeadFilter.Assignee.loanOfficer(lo.userId()),
                    Long.toString(lo.userId())));
        }
        assignee.setItems(assigneeOptions);
        assignee.setItemLabelGenerator(AssigneeOption::label);
        assignee.setValue(assigneeOptions.getFirst());
        receivedFrom.setClearButtonVisible(true);
        receivedTo.setClearButtonVisible(true);
        receivedFrom.setMax(LocalDate.now(java.time.ZoneOffset.UTC));

        search.setWidthFull();
        search.setMaxLength(100);
        var clear = new Button("Clear filters", e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        total.addClassName("pl-lead-total");
        total.setId("lead-total");

        var toolbar = new HorizontalLayout(search, total);
        toolbar.addClassName("pl-toolbar");
        toolbar.setFlexGrow(1, search);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        if (mayExport()) {
            var export = new Button("Export CSV…", new Icon(VaadinIcon.DOWNLOAD),
                    e -> new LeadsViewExportDialog(exports, currentFilter()).open());
            toolbar.add(export);
        }

        var filters = new Div(stages, sources, states, programs, purposes, creditBands);
        if (!ownLeadsOnly) {
            filters.add(assignee);
        }
        filters.add(receivedFrom, receivedTo, clear);
        filters.addClassName("pl-lead-filters");

        configureGrid();
        List<HasValue<?, ?>> fields = List.of(search, stages, sources, states, programs, purposes, creditBands,
                assignee, receivedFrom, receivedTo);
        fields.forEach(f -> f.addValueChangeListener(e -> filtersChanged()));
        add(toolbar, filters, grid);
    }

    private static boolean mayExport() {
        // A courtesy: LeadExportService checks the role itself.
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.CMO, Roles.MARKETER);
    }

    private void configureGrid() {
        // The columns a user decides on come first (who, where in the funnel, how fresh, how fast we were); contact
        // and loan details follow, so the essentials stay on screen next to the menu.
        grid.addColumn(LeadRow::name).setHeader("Name").setKey("name").setSortProperty("name").setWidth("12rem")
                .setFlexGrow(1).setFrozen(true);
        grid.addComponentColumn(r -> stageBadge(r.stage())).setHeader("Stage").setKey("stage")
                .setSortProperty("stage").setWidth("12rem").setFlexGrow(0);
        // Not sortable: sorting by score would join lead_score into every page and count (docs/BENCHMARKS.md).
        grid.addColumn(LeadsView::score).setHeader("Score").setKey("score").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setTooltipGenerator(r -> belowThreshold(r)
                        ? "Below the MQL threshold now; the stage stays. See the lead's profile." : null);
        grid.addColumn(LitRenderer.<LeadRow>of("<span class=\"${item.late}\">${item.waiting}</span>")
                .withProperty("waiting", r -> waiting(r, clock.instant()))
                .withProperty("late", r -> isLate(r, clock.instant()) ? "pl-waiting-late" : ""))
                .setHeader("Waiting").setKey("waiting").setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(r -> r.waitingSince() == null ? null : (r.stage() == Stage.MQL
                        ? "Not contacted since it became MQL" : "Not contacted since it was received")
                        + (isLate(r, clock.instant()) ? " — over an hour" : ""));
        var received = grid.addColumn(r -> RECEIVED.format(r.receivedAt())).setHeader("Received (UTC)")
                .setKey("receivedAt").setSortProperty("receivedAt").setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.speedToLead() == null ? "Not yet" : LeadsViewFormat.duration(r.speedToLead()))
                .setHeader("Speed to lead").setKey("speedToLead").setWidth("9rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(LitRenderer.<LeadRow>of("<div class=\"pl-contact\"><span>${item.email}</span>"
                        + "<span class=\"pl-muted\">${item.phone}</span></div>")
                .withProperty("email", r -> r.email() == null ? "" : r.email())
                .withProperty("phone", r -> LeadsViewFormat.phone(r.phone())))
                .setHeader("Email / phone").setKey("email").setSortProperty("email").setWidth("17rem").setFlexGrow(1);
        grid.addColumn(LeadRow::state).setHeader("State").setKey("state").setSortProperty("state").setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.purpose().label() + (r.program() == null ? "" : " · " + r.program().label()))
                .setHeader("Purpose · program").setKey("loan").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(r -> r.creditBand() == null ? "" : r.creditBand().name().charAt(0)
                + r.creditBand().name().substring(1).toLowerCase(Locale.ROOT)).setHeader("Credit").setKey("credit")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(LeadRow::sourceName).setHeader("Source").setKey("source").setWidth("10rem").setFlexGrow(0);
        if (!ownLeadsOnly) {
            grid.addColumn(r -> r.assignedLoanOfficer() != null ? r.assignedLoanOfficer()
                    : r.unassignable() ? "Unassignable" : "—").setHeader("Loan officer").setKey("loanOfficer")
                    .setWidth("10rem").setFlexGrow(0);
        }
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addClassName("pl-grid");
        grid.setEmptyStateText("No lead matches these filters.");
        grid.setItems(query -> {
            List<LeadSort> sort = query.getSortOrders().stream()
                    .flatMap(o -> LeadSort.Column.byProperty(o.getSorted())
                            .map(c -> new LeadSort(c, o.getDirection() == SortDirection.ASCENDING)).stream())
                    .toList();
            return leads.page(currentFilter(), query.getOffset(), query.getLimit(), sort).stream();
        }, query -> {
            long n = leads.count(currentFilter());
            total.setText(LeadsViewFormat.leads(n));
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
        grid.sort(List.of(new GridSortOrder<>(received, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("leads/" + e.getItem().id()));
    }

    /** The stored score, e.g. "74.5"; "62.5 ▾" when a qualified lead's score is now below the threshold. */
    static String score(LeadRow r) {
        BigDecimal score = r.score();
        if (score == null) {
            return "—";
        }
        BigDecimal plain = score.stripTrailingZeros();
        String text = (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        return belowThreshold(r) ? text + " ▾" : text;
    }

    private static boolean belowThreshold(LeadRow r) {
        return Boolean.FALSE.equals(r.mql()) && r.stage().isOpen() && r.stage().ordinal() >= Stage.MQL.ordinal();
    }

    /** How long an uncontacted lead has been waiting, e.g. "1 h 5 min"; empty for everyone else. */
    static String waiting(LeadRow r, Instant now) {
        Instant since = r.waitingSince();
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, now);
        return waited.isNegative() ? "0 s" : LeadsViewFormat.duration(waited);
    }

    static boolean isLate(LeadRow r, Instant now) {
        Instant since = r.waitingSince();
        return since != null && Duration.between(since, now).compareTo(WAITING_TOO_LONG) > 0;
    }

    static Badge stageBadge(Stage stage) {
        var badge = new Badge(stage.label());
        switch (stage) {
            case FUNDED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case LOST -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NEW -> badge.addThemeVariants(BadgeVariant.WARNING);
            default -> { }
        }
        return badge;
    }

    LeadFilter currentFilter() {
        AssigneeOption who = assignee.getValue();
        return new LeadFilter(stages.getSelectedItems(),
                sources.getSelectedItems().stream().map(LeadSourceSummary::id).collect(Collectors.toSet()),
                states.getSelectedItems(), programs.getSelectedItems(), purposes.getSelectedItems(),
                creditBands.getSelectedItems(),
                ownLeadsOnly || who == null ? LeadFilter.Assignee.any() : who.assignee(),
                receivedFrom.getValue(), receivedTo.getValue(), search.getValue());
    }

    private void filtersChanged() {
        if (applyingAddress) {
            return;
        }
        receivedTo.setMin(receivedFrom.getValue());
        grid.getDataProvider().refreshAll();
        updateAddress();
    }

    private void clearFilters() {
        applyingAddress = true;
        try {
            search.clear();
            stages.clear();
            sources.clear();
            states.clear();
            programs.clear();
            purposes.clear();
            creditBands.clear();
            assignee.setValue(assignee.getListDataView().getItem(0));
            receivedFrom.clear();
            receivedTo.clear();
        } finally {
            applyingAddress = false;
        }
        filtersChanged();
    }

    // ----- The filters in the address: /leads?stage=NEW,CONTACTED&state=CA&q=lee -----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.isEmpty()) {
            return;
        }
        applyingAddress = true;
        try {
            search.setValue(first(params, "q").orElse(""));
            stages.setValue(enums(params, "stage", Stage.class));
            programs.setValue(enums(params, "program", LoanProgram.class));
            purposes.setValue(enums(params, "purpose", LoanPurpose.class));
            creditBands.setValue(enums(params, "credit", CreditBand.class));
            states.setValue(values(params, "state").stream().map(s -> UsStates.parse(s).orElse(null))
                    .filter(s -> s != null).collect(Collectors.toSet()));
            Set<String> sourceIds = values(params, "source");
            sources.setValue(sources.getListDataView().getItems()
                    .filter(s -> sourceIds.contains(Long.toString(s.id()))).collect(Collectors.toSet()));
            first(params, "lo").flatMap(key -> assignee.getListDataView().getItems()
                    .filter(o -> o.key().equals(key)).findFirst()).ifPresent(assignee::setValue);
            receivedFrom.setValue(date(params, "from"));
            receivedTo.setValue(date(params, "to"));
        } finally {
            applyingAddress = false;
        }
        receivedTo.setMin(receivedFrom.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void updateAddress() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", search.getValue().strip());
        put(p, "stage", join(stages.getSelectedItems(), Enum::name));
        put(p, "source", join(sources.getSelectedItems(), s -> Long.toString(s.id())));
        put(p, "state", join(states.getSelectedItems(), s -> s));
        put(p, "program", join(programs.getSelectedItems(), Enum::name));
        put(p, "purpose", join(purposes.getSelectedItems(), Enum::name));
        put(p, "credit", join(creditBands.getSelectedItems(), Enum::name));
        put(p, "lo", assignee.getValue() == null ? "" : assignee.getValue().key());
        put(p, "from", receivedFrom.getValue() == null ? "" : receivedFrom.getValue().toString());
        put(p, "to", receivedTo.getValue() == null ? "" : receivedTo.getValue().toString());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("leads", QueryParameters.simple(p)));
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (!value.isEmpty()) {
            p.put(key, value);
        }
    }

    private static <T> String join(Set<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().collect(Collectors.joining(","));
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.getFirst());
    }

    private static Set<String> values(Map<String, List<String>> params, String key) {
        return first(params, key).map(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> params, String key, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values(params, key)) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // An outdated or mistyped bookmark: the unknown value is dropped, the rest still applies.
            }
        }
        return out;
    }

    private static @Nullable LocalDate date(Map<String, List<String>> params, String key) {
        try {
            return first(params, key).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> MultiSelectComboBox<T> multi(String label, List<T> items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        var box = new MultiSelectComboBox<T>(label);
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.setPlaceholder("Any");
        box.addClassName("pl-lead-filter");
        return box;
    }
}
