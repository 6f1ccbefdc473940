package com.porchlight.lead.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.porchlight.KaribuTest;
import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.lead.AssignmentMode;
import com.porchlight.lead.LeadField;
import com.porchlight.lead.LeadSourceForm;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.PricingModel;
import com.porchlight.lead.SourceChannel;
import com.porchlight.lead.imports.ImportStatus;
import com.porchlight.lead.imports.LeadImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The CSV import screen as a marketer uses it: upload, check the columns and preview, import, read the result. */
class LeadImportViewTest extends KaribuTest {

    @Autowired
    LeadSourceService sources;
    @Autowired
    LeadImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    private static final String CONSENT = "I agree to receive calls and texts from Harbor Light about my loan.";

    private LeadSourceSummary newSource() {
        authenticateAs(ADMIN);
        var source = sources.create(new LeadSourceForm("Import test " + System.nanoTime(), SourceChannel.AGGREGATOR,
                PricingModel.PER_LEAD, new BigDecimal("30"), true, true, AssignmentMode.ROUND_ROBIN));
        logout();
        return source;
    }

    /** A purchased list as spreadsheets write it: BOM, semicolons, CRLF, a quoted note with a line break. */
    private static byte[] purchasedList(String unique) {
        String text = "\uFEFFFirst Name;Last Name;E-mail;Phone;ST;Purpose;Credit score;Notes;SMS consent;"
                + "Consent text;Consent date\r\n"
                + "Ann;Lee;ann." + unique + "@example.com;(415) 555-0134;CA;refi;702;\"likes \"\"fast\"\" calls;\r\n"
                + "evenings\";yes;" + CONSENT + ";2026-10-01T10:00:00Z\r\n"
                + "Bo;Park;bo." + unique + "@example.com;;Nevada;Purchase;;;;;\r\n"
                + "Cy;Diaz;cy." + unique + "@example.com;;ZZ;purchase;;;;;\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void open() {
        UI.getCurrent().navigate("leads/import");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LeadImportView.class);
    }

    private static void upload(String fileName, byte[] bytes) {
        UploadKt._upload(_get(Upload.class), fileName, "text/csv", bytes);
    }

    @SuppressWarnings("unchecked")
    private static void chooseSource(LeadSourceSummary source) {
        Select<LeadSourceSummary> select = _get(Select.class, spec -> spec.withLabel("Lead source"));
        _setValue(select, select.getListDataView().getItems().filter(s -> s.id() == source.id()).findFirst()
                .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    /** Waits for the worker to finish, then lets the screen apply what it pushed. */
    private long awaitImport(LeadSourceSummary source) throws InterruptedException {
        Long id = null;
        for (int i = 0; i < 1200; i++) {
            List<Long> done = jdbc.queryForList("SELECT id FROM lead_import WHERE source_id = ? AND status <> ? "
                    + "ORDER BY id DESC", Long.class, source.id(), ImportStatus.RUNNING.name());
            List<Long> running = jdbc.queryForList("SELECT id FROM lead_import WHERE source_id = ? AND status = ?",
                    Long.class, source.id(), ImportStatus.RUNNING.name());
            if (!done.isEmpty() && running.isEmpty()) {
                id = done.getFirst();
                break;
            }
            Thread.sleep(50);
        }
        assertThat(id).as("the import finished within a minute").isNotNull();
        Thread.sleep(100); // the worker publishes its last progress after committing
        MockVaadin.runUIQueue();
        return id;
    }

    private static String cardCounts() {
        return _find(Span.class).stream().map(Span::getText).filter(t -> t.contains(" imported · ")).findFirst()
                .orElseThrow(() -> new AssertionError("no import card shows counts"));
    }

    private static byte[] download(Anchor anchor) throws IOException {
        var resource = (StreamResourceRegistry.ElementStreamResource) VaadinSession.getCurrent()
                .getResourceRegistry().getResource(URI.create(anchor.getHref())).orElseThrow();
        var handler = (DownloadHandler) resource.getElementRequestHandler();
        var fake = new FakeResponse();
        var response = new VaadinServletResponse(fake, (VaadinServletService) VaadinService.getCurrent());
        handler.handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response,
                VaadinSession.getCurrent(), anchor.getElement()));
        return fake.getBuffer().toByteArray();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_marketer_uploads_a_list_checks_the_preview_imports_it_and_finds_the_leads_stored() throws Exception {
        LeadSourceSummary source = newSource();
        login(MARKETER);
        open();
        String unique = Long.toString(System.nanoTime());

        chooseSource(source);
        upload("spring-list.csv", purchasedList(unique));

        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("3 rows · 0.0 MB · semicolon-separated · 11 columns");
        Select<LeadField> email = _get(Select.class, spec -> spec.withLabel("E-mail"));
        assertThat(email.getValue()).isEqualTo(LeadField.EMAIL);
        assertThat(((Select<LeadField>) _get(Select.class, spec -> spec.withLabel("ST"))).getValue())
                .isEqualTo(LeadField.STATE);
        assertThat(((Select<LeadField>) _get(Select.class, spec -> spec.withLabel("Notes"))).getValue()).isNull();

        Grid<Object> preview = grid("import-preview");
        assertThat(GridKt._size(preview)).isEqualTo(3);
        assertThat(((Badge) GridKt._getCellComponent(preview, 0, "check")).getText()).isEqualTo("Ready");
        assertThat(((Badge) GridKt._getCellComponent(preview, 1, "check")).getText()).isEqualTo("Ready");
        assertThat(((Badge) GridKt._getCellComponent(preview, 2, "check")).getText()).isEqualTo("Rejected");
        assertThat(GridKt._getFormattedRow(preview, 1)).as("the quoted note spans lines 2 and 3").contains("4");
        assertThat(GridKt._getFormattedRow(preview, 2)).contains("5", "\"ZZ\" is not a US state or DC.");

        _click(_get(Button.class, spec -> spec.withText("Import 3 rows")));
        long id = awaitImport(source);

        assertThat(cardCounts()).isEqualTo("2 imported · 0 duplicates skipped · 1 rejected");
        assertThat(_find(Badge.class).stream().map(Badge::getText)).contains("Finished");
        assertThat(jdbc.queryForList("SELECT email FROM leads WHERE source_id = ? ORDER BY email", String.class,
                source.id())).containsExactly("ann." + unique + "@example.com", "bo." + unique + "@example.com");
        var ann = jdbc.queryForMap("SELECT created_by, import_id, state, loan_purpose, sms_ok, assigned_lo_id "
                + "FROM leads WHERE email = ?", "ann." + unique + "@example.com");
        assertThat(ann.get("created_by")).isEqualTo(MARKETER);
        assertThat(((Number) ann.get("import_id")).longValue()).isEqualTo(id);
        assertThat(ann.get("loan_purpose")).isEqualTo("REFINANCE");
        assertThat(ann.get("sms_ok")).isEqualTo(true);
        assertThat(ann.get("assigned_lo_id")).as("routed to the LO licensed in CA").isNotNull();
        assertThat(jdbc.queryForList("SELECT DISTINCT capture_source FROM lead_consent_event c JOIN leads l "
                + "ON l.id = c.lead_id WHERE l.source_id = ?", String.class, source.id()))
                .containsExactly("CSV import #" + id + " (spring-list.csv)");
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE category = 'LEAD_IMPORT' AND subject = ? "
                + "ORDER BY id", String.class, "Lead import #" + id))
                .satisfiesExactly(
                        started -> assertThat(started).startsWith("Started: spring-list.csv (3 rows")
                                .contains(source.name()).contains("\"E-mail\" → email"),
                        finished -> assertThat(finished).isEqualTo("Finished: 3 rows processed, 2 imported, "
                                + "0 duplicates skipped, 1 rejected."));
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_event WHERE subject = ? ORDER BY id DESC LIMIT 1",
                String.class, "Lead import #" + id)).isEqualTo(MARKETER);

        // Coming back later: the import is listed with its counts.
        UI.getCurrent().navigate("");
        open();
        Grid<Object> recent = grid("recent-imports");
        assertThat(GridKt._getFormattedRow(recent, 0)).startsWith(Long.toString(id), "spring-list.csv",
                source.name());
        assertThat(((Badge) GridKt._getCellComponent(recent, 0, "status")).getText()).isEqualTo("Finished");
    }

    @Test
    void rejected_rows_are_in_the_error_report_with_their_line_numbers_and_reasons() throws Exception {
        LeadSourceSummary source = newSource();
        login(ADMIN);
        open();
        String u = Long.toString(System.nanoTime());
        String csv = "firstName,lastName,email,state,loanPurpose,county\n"
                + "Ann,Lee,ann." + u + "@example.com,CA,purchase,\"King\nCounty\"\n"
                + "=1+2,Lee,bad-address,CA,purchase,\n"
                + "Bo,Park,bo." + u + "@example.com,CA\n"
                + "Cy,Diaz,cy." + u + "@example.com,TX,purchase,,extra\n"
                + "Di,Moss,,WA,refinance,\n";
        chooseSource(source);
        upload("rejects.csv", csv.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Import 5 rows")));
        awaitImport(source);

        assertThat(cardCounts()).isEqualTo("1 imported · 0 duplicates skipped · 4 rejected");
        Anchor report = _get(Anchor.class, spec -> spec.withText("Download error report (4 rows)"));
        String text = new String(download(report), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Line\",\"Reason\",\"Row as in the file\"\r\n");
        List<String> lines = text.lines().skip(1).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\"4\",\"\"\"bad-address\"\" is not an email address.\",")
                .as("a formula in the file is neutralised").endsWith(",\"'=1+2,Lee,bad-address,CA,purchase,\"");
        assertThat(lines.get(1)).startsWith("\"5\",\"The row has 4 values but the header has 6 columns");
        assertThat(lines.get(2)).startsWith("\"6\",\"The row has 7 values");
        assertThat(lines.get(3)).isEqualTo("\"7\",\"Give an email address or a phone number: a lead needs a way to "
                + "be reached.\",\"Di,Moss,,WA,refinance,\"");
    }

    @Test
    void importing_the_same_file_again_adds_nothing_new() throws Exception {
        LeadSourceSummary source = newSource();
        login(MARKETER);
        open();
        byte[] file = purchasedList(Long.toString(System.nanoTime()));
        chooseSource(source);
        upload("list.csv", file);
        _click(_get(Button.class, spec -> spec.withText("Import 3 rows")));
        long first = awaitImport(source);
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE source_id = ?", Long.class, source.id());

        upload("list (copy).csv", file);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("This file was imported before: #" + first + " into"));
        _click(_get(Button.class, spec -> spec.withText("Import 3 rows")));
        long second = awaitImport(source);

        assertThat(second).isGreaterThan(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE source_id = ?", Long.class, source.id()))
                .isEqualTo(stored).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT imported, duplicates, rejected, file_sha256 FROM lead_import WHERE id = ?",
                second)).containsEntry("imported", 0L).containsEntry("duplicates", 2L).containsEntry("rejected", 1L)
                .containsEntry("file_sha256", jdbc.queryForObject("SELECT file_sha256 FROM lead_import WHERE id = ?",
                        String.class, first));
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("0 imported · 2 duplicates skipped · 1 rejected");
    }

    @Test
    void an_empty_a_binary_or_an_unreadable_file_gets_a_clear_message_and_nothing_is_imported() {
        LeadSourceSummary source = newSource();
        login(MARKETER);
        open();
        chooseSource(source);

        upload("empty.csv", new byte[0]);
        assertThat(fileError()).isEqualTo("\u201cempty.csv\u201d cannot be imported. The file is empty. Choose the CSV "
                + "file with the leads (a header line naming the columns, then one lead per line).");
        assertThat(_find(Grid.class, spec -> spec.withId("import-preview"))).isEmpty();

        upload("leads.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 0});
        assertThat(fileError()).contains("Excel workbook");

        upload("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(fileError()).contains("binary data");

        upload("header.csv", "firstName,lastName,email\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(fileError()).contains("has a header line but no leads below it");

        upload("numbers.csv", "1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8));
        assertThat(fileError())
                .contains("None of the file's 3 column headers (\"1\", \"2\", \"3\") names a lead field");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lead_import WHERE source_id = ?", Long.class,
                source.id())).isZero();
    }

    private static String fileError() {
        return _find(Div.class).stream().filter(d -> "alert".equals(d.getElement().getAttribute("role"))
                && d.isVisible()).map(Div::getText).findFirst().orElse("");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_field_mapped_twice_or_a_required_field_left_out_blocks_the_import_with_a_message() {
        newSource();
        login(MARKETER);
        open();
        String csv = "First,Last,Phone,Mobile,State,Purpose\nAnn,Lee,4155550134,4155550199,CA,purchase\n";
        upload("phones.csv", csv.getBytes(StandardCharsets.UTF_8));

        Select<LeadField> phone = _get(Select.class, spec -> spec.withLabel("Phone"));
        Select<LeadField> mobile = _get(Select.class, spec -> spec.withLabel("Mobile"));
        Button importButton = _get(Button.class, spec -> spec.withText("Import 1 row"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Phone is also mapped from column 4 (Mobile). Map it from one "
                + "column only.");
        assertThat(mobile.getErrorMessage()).isEqualTo("Phone is also mapped from column 3 (Phone). Map it from one "
                + "column only.");
        assertThat(importButton.isEnabled()).isFalse();

        _setValue(mobile, null);
        assertThat(phone.isInvalid()).isFalse();
        assertThat(importButton.isEnabled()).isTrue();

        _setValue(_get(Select.class, spec -> spec.withLabel("State")), null);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Map a column to each required field: State.");
        assertThat(importButton.isEnabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid("import-preview"), 0)).doesNotContain("CA");
    }

    @Test
    void the_import_needs_a_source() {
        login(MARKETER);
        open();
        upload("one.csv", ("firstName,lastName,email,state,loanPurpose\nAnn,Lee,a" + System.nanoTime()
                + "@example.com,CA,purchase\n").getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withText("Import 1 row")));
        Select<?> source = _get(Select.class, spec -> spec.withLabel("Lead source"));
        assertThat(source.isInvalid()).isTrue();
        assertThat(source.getErrorMessage()).isEqualTo("Choose the source these leads come from.");
    }

    @Test
    void loan_officers_cmos_and_compliance_officers_can_neither_open_the_import_nor_call_it() {
        for (String user : List.of(LOAN_OFFICER, CMO, COMPLIANCE)) {
            login(user);
            UI.getCurrent().navigate("leads/import");
            assertThat(UI.getCurrent().getCurrentView()).as(user).isInstanceOf(AccessDeniedView.class);
            assertThatThrownBy(() -> imports.recent(0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.get(1)).as(user).isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }
}
