package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.ExaminerExport;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The examiner export's PDF and CSV hold the record an examiner asks for; the export page and who may use it. */
class ExaminerExportTest extends ReviewTestSupport {

    @Autowired
    ExaminerExport export;

    private static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(extractor.getTextFromPage(page)).append('\n');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    @Test
    void the_pdf_holds_the_approved_content_versions_findings_overrides_checklists_and_timeline() throws Exception {
        String name = unique("Examiner PDF");
        CreativeDetail s = drafted(name, emailWithoutNmls());
        authenticateAs(COMPLIANCE);
        for (var f : blocking(s)) {
            creatives.overrideFinding(s.id(), s.hash(), f, "The NMLS ID is printed on the envelope of this mailing.");
        }
        logout();
        authenticateAs(MARKETER);
        creatives.submit(s.id(), creatives.get(s.id()).summary().version());
        logout();
        claimed(s);
        authenticateAs(COMPLIANCE);
        creatives.requestChanges(s.id(), s.hash(), java.util.List.of(
                com.porchlight.creative.CommentDraft.general("Tighten the subject line, please.")));
        logout();
        authenticateAs(MARKETER);
        CreativeDetail v3 = creatives.saveDraft(s.id(), creatives.get(s.id()).summary().version(),
                cleanEmail().with(CreativeField.SUBJECT, "Advertisement: your first home, this spring"));
        creatives.submit(s.id(), v3.summary().version());
        logout();
        complianceApproved(v3);
        authenticateAs(CMO);
        creatives.approveCmo(v3.id(), v3.hash(), "Good to go");
        logout();

        authenticateAs(COMPLIANCE);
        byte[] pdf = export.pdf(ExaminerExport.Scope.of(s.id()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains(name).contains("As approved").contains("Version " + v3.current().versionNo() + ", SHA-256")
                .contains("your first home, this spring")
                .contains("Every version (3)")
                .contains("The NMLS ID is printed on the envelope")
                .contains("Tighten the subject line")
                .contains("Truth of the terms").contains("Yes")
                .contains("Compliance approved by " + COMPLIANCE).contains("CMO approved by " + CMO)
                .contains("Audit chain at export time")
                .contains("24 months");
        // Hashes may wrap across lines in the PDF: the start of the approved one is on the page.
        assertThat(text.replace(" ", "")).contains(v3.hash()).contains("COMPLIANCE_APPROVED")
                .contains("FINDING_OVERRIDDEN").contains("CMO_APPROVED");

        String csv = new String(export.csv(ExaminerExport.Scope.of(s.id())), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcreative_id,creative_name,seq,occurred_at_utc,actor,event,version,"
                + "content_sha256,details,previous_record_hash,record_hash\r\n");
        // Each row names the record before it in the chain, so an examiner can follow the links in the file.
        var last = creatives.audit(s.id()).getLast();
        assertThat(csv).contains("," + last.prevHash() + "," + last.rowHash());
        assertThat(csv).contains(v3.hash()).contains(",CMO_APPROVED,").contains(",FINDING_OVERRIDDEN,")
                .contains("The NMLS ID is printed on the envelope").contains(name);
        assertThat(csv.lines().count()).isEqualTo(creatives.audit(s.id()).size() + 1);
    }

    @Test
    void a_never_approved_creative_says_so() throws Exception {
        CreativeDetail d = drafted(unique("Never approved"), cleanEmail());
        authenticateAs(CMO);
        assertThat(text(export.pdf(ExaminerExport.Scope.of(d.id())))).contains("Never approved");
    }

    @Test
    void a_date_range_export_covers_the_creatives_active_in_it() throws Exception {
        String name = unique("Range");
        CreativeDetail d = drafted(name, cleanSms());
        authenticateAs(ADMIN);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var scope = ExaminerExport.Scope.days(today.minusDays(1), today.plusDays(1));
        assertThat(export.creativesIn(scope)).contains(d.id());
        String csv = new String(export.csv(scope), StandardCharsets.UTF_8);
        assertThat(csv).contains(d.id() + "," + name + ",");
        var empty = ExaminerExport.Scope.days(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 1, 2));
        assertThat(text(export.pdf(empty))).contains("No creative has any audit record in this range");
        assertThatThrownBy(() -> export.creativesIn(new ExaminerExport.Scope(null, null, null)))
                .isInstanceOf(CreativeException.class);
    }

    @Test
    void a_marketer_may_not_export() {
        CreativeDetail d = drafted(unique("No export"), cleanEmail());
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> export.pdf(ExaminerExport.Scope.of(d.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.csv(ExaminerExport.Scope.of(d.id()))).isInstanceOf(AccessDeniedException.class);
        logout();
        login(MARKETER);
        UI.getCurrent().navigate("creatives/export");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_export_page_enables_downloads_once_a_creative_is_chosen_and_verifies_the_chain() {
        CreativeDetail d = drafted(unique("Export page"), cleanEmail());
        login(CMO);
        UI.getCurrent().navigate("creatives/export");
        ExaminerExportView view = _get(ExaminerExportView.class);
        assertThat(view.pdf.isEnabled()).isFalse();
        assertThat(view.scopeText.getText()).isEqualTo("Choose a creative.");
        _setValue(view.creative, creatives.get(d.id()).summary());
        assertThat(view.pdf.isEnabled()).isTrue();
        assertThat(view.csv.isEnabled()).isTrue();
        _setValue(view.mode, ExaminerExportView.Mode.RANGE);
        _setValue(view.last, view.first.getValue().minusDays(1));
        assertThat(view.pdf.isEnabled()).isFalse();
        assertThat(view.scopeText.getText()).contains("before its start");
        _click(view.verify);
        assertThat(view.verification.getText()).containsPattern("Chain (intact|broken)");
    }
}
