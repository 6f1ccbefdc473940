package com.porchlight.creative;

import com.porchlight.base.Csv;
import com.porchlight.audit.AuditLog;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The examiner export (issue 7): for one creative or every creative active in a date range, a PDF with the content
 * as approved, every version, the stored pre-checks, overrides, reviewers' checklists, decisions, comments, the
 * timeline and the chain verification at export time; and a CSV of the audit records. An export is a read: it adds
 * nothing to a creative's hash chain (its timeline stays the creative's own story), but who exported what is written
 * to the console's audit log, as every other export is.
 */
@Component
public class ExaminerExport {

    static final String EXPORTERS = "hasAnyRole('" + Roles.COMPLIANCE + "', '" + Roles.CMO + "', '" + Roles.ADMIN
            + "')";
    /** A range export is a report, not a data dump: past this many creatives ask for a narrower range. */
    static final int MAX_CREATIVES = 200;
    static final String RETENTION = "Porchlight offers no way to delete a version or an audit record, and database "
            + "triggers refuse UPDATE and DELETE on them for every user; they are kept for at least 24 months (Reg N, "
            + "12 CFR 1014.5). The chain check proves the records link and match their hashes; it cannot rule out a "
            + "database administrator rewriting the whole chain.";

    private static final DateTimeFormatter TIME_SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What to export: one creative, or the creatives with any audit record in {@code [from, to)}. */
    public record Scope(@Nullable Long creativeId, @Nullable Instant from, @Nullable Instant to) {
        public static Scope of(long creativeId) {
            return new Scope(creativeId, null, null);
        }

        /** The whole days from {@code first} to {@code last}, both included (UTC). */
        public static Scope days(LocalDate first, LocalDate last) {
            return new Scope(null, first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        String describe() {
            return creativeId != null ? "creative " + creativeId
                    : "creatives active from " + day(from) + " to " + day(to == null ? null : to.minusSeconds(1));
        }

        private static String day(@Nullable Instant i) {
            return i == null ? "?" : LocalDate.ofInstant(i, ZoneOffset.UTC).toString();
        }
    }

    private final CreativeService creatives;
    private final AuditLog auditLog;
    private final Clock clock;

    ExaminerExport(CreativeService creatives, AuditLog auditLog, Clock clock) {
        this.creatives = creatives;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The creatives the scope covers; refuses an empty range and one too large for one report. */
    @PreAuthorize(EXPORTERS)
    @Transactional(readOnly = true)
    public List<Long> creativesIn(Scope scope) {
        if (scope.creativeId() != null) {
            creatives.get(scope.creativeId());
            return List.of(scope.creativeId());
        }
        if (scope.from() == null || scope.to() == null) {
            throw new CreativeException("Choose a creative or both ends of a date range.");
        }
        List<Long> ids = creatives.creativesActiveBetween(scope.from(), scope.to());
        if (ids.size() > MAX_CREATIVES) {
            throw new CreativeException(ids.size() + " creatives were active in that range; export at most "
                    + MAX_CREATIVES + " at once: choose a shorter range.");
        }
        return ids;
    }

    public String fileName(Scope scope, String extension) {
        String stem = scope.creativeId() != null ? "creative-" + scope.creativeId()
                : "creatives-" + Scope.day(scope.from()) + "-to-" + Scope.day(scope.to() == null ? null
                        : scope.to().minusSeconds(1));
        return "examiner-" + stem + "." + extension;
    }

    // ---------------------------------------------------------------- PDF

    @PreAuthorize(EXPORTERS)
    @Transactional
    public byte[] pdf(Scope scope) {
        List<Long> ids = creativesIn(scope);
        ChainVerification verification = creatives.verifyChain();
        var bytes = new ByteArrayOutputStream();
        var doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(doc, bytes);
            doc.addTitle("Examiner export: " + scope.describe());
            doc.addCreator("Porchlight");
            doc.open();
            doc.add(new Paragraph(pdf("Examiner export: " + scope.describe()), TITLE));
            doc.add(new Paragraph(pdf("Produced " + TIME.format(clock.instant()) + " by "
                    + com.porchlight.security.CurrentUser.nameOrSystem() + ". " + ids.size()
                    + (ids.size() == 1 ? " creative." : " creatives.")), SMALL));
            doc.add(new Paragraph(pdf("Audit chain at export time: " + verification.summary() + " (verified "
                    + TIME.format(verification.verifiedAt()) + ")."), verification.intact() ? BOLD : ALERT));
            doc.add(new Paragraph(pdf(RETENTION), SMALL));
            if (ids.isEmpty()) {
                doc.add(new Paragraph("No creative has any audit record in this range.", BODY));
            }
            for (long id : ids) {
                doc.newPage();
                creative(doc, creatives.examinerRecord(id));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        auditLog.record("CREATIVE_EXPORTED", "Examiner export (PDF) of " + scope.describe(),
                ids.size() + " creatives: " + ids);
        return bytes.toByteArray();
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font H1 = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new java.awt.Color(90, 90, 90));
    private static final Font MONO = new Font(Font.COURIER, 7.5f);
    private static final Font ALERT = new Font(Font.HELVETICA, 9.5f, Font.BOLD, new java.awt.Color(180, 0, 0));

    private void creative(Document doc, ExaminerRecord r) throws DocumentException {
        CreativeSummary s = r.summary();
        doc.add(new Paragraph(pdf(s.name()), H1));
        keyValues(doc, List.of(
                "Creative", String.valueOf(s.id()),
                "Channel", ChannelLayout.label(s.channel()),
                "Status", s.status().label() + (s.stale() ? " (stale: " + s.staleReason() + ")" : "")
                        + (s.retiredReason() != null ? " (retired: " + s.retiredReason() + ")" : ""),
                "Owner", s.owner(),
                "Created", TIME.format(s.createdAt()),
                "Expires", s.expiresOn() == null ? "no expiry date" : s.expiresOn().toString()));

        heading(doc, "As approved");
        Optional<CreativeVersion> approved = r.approvedVersion();
        if (approved.isEmpty()) {
            doc.add(new Paragraph("Never approved: no version of this creative has an APPROVED record.", ALERT));
        } else {
            CreativeVersion v = approved.get();
            doc.add(new Paragraph(pdf("Version " + v.versionNo() + ", SHA-256 " + v.hash()), BOLD));
            version(doc, v);
        }

        heading(doc, "Every version (" + r.versions().size() + ")");
        for (CreativeVersion v : r.versions()) {
            doc.add(new Paragraph(pdf("Version " + v.versionNo() + " by " + v.createdBy() + ", "
                    + TIME.format(v.createdAt())), H2));
            doc.add(new Paragraph(pdf("SHA-256 " + v.hash()), MONO));
            if (v.sanitiserNote() != null) {
                doc.add(new Paragraph(pdf("Sanitiser: " + v.sanitiserNote()), SMALL));
            }
            version(doc, v);
        }

        heading(doc, "Pre-check stored with each submission");
        if (r.checks().isEmpty()) {
            doc.add(new Paragraph("Never submitted.", BODY));
        }
        for (SubmittedCheck c : r.checks()) {
            doc.add(new Paragraph(pdf("Version " + c.versionNo() + " submitted by " + c.checkedBy() + ", "
                    + TIME.format(c.checkedAt()) + ": " + c.verdict() + ", " + c.findings().size() + " findings"), H2));
            CreativeVersion v = r.versions().stream().filter(x -> x.versionNo() == c.versionNo()).findFirst()
                    .orElse(null);
            for (Finding f : c.findings()) {
                String quote = v == null ? "" : passage(v, f);
                doc.add(new Paragraph(pdf(f.severity() + " " + f.ruleId() + " in " + where(s, f)
                        + (quote.isEmpty() ? "" : ": \"" + quote + "\"") + ". " + f.message() + " (" + f.citation()
                        + ")"), BODY));
            }
        }

        heading(doc, "Overrides of blocking findings");
        if (r.overrides().isEmpty()) {
            doc.add(new Paragraph("None.", BODY));
        }
        for (FindingOverride o : r.overrides()) {
            doc.add(new Paragraph(pdf("Version " + o.versionNo() + ": " + o.ruleId() + " in " + o.part().name() + " "
                    + (o.partIndex() + 1) + " [" + o.start() + "-" + o.end() + "], overridden by " + o.by() + ", "
                    + TIME.format(o.at()) + ". Justification: " + o.justification()), BODY));
        }

        heading(doc, "Reviewers' decisions and checklists");
        if (r.reviews().isEmpty()) {
            doc.add(new Paragraph("No decision yet.", BODY));
        }
        Map<Integer, ReviewChecklist.Item> items = new HashMap<>();
        ReviewChecklist.forChannel(s.channel()).forEach(i -> items.put(i.number(), i));
        for (ReviewDecision d : r.reviews()) {
            doc.add(new Paragraph(pdf(stage(d.stage()) + " " + decision(d.decision()) + " by " + d.reviewer() + ", "
                    + TIME.format(d.decidedAt()) + ", version " + d.versionNo() + " (SHA-256 " + d.contentHash() + ")"
                    + (d.note() == null ? "" : ". Note: " + d.note())), H2));
            if (!d.checklist().isEmpty()) {
                PdfPTable table = table(new float[] {3, 14, 4, 12}, "Item", "Question", "Answer", "Note");
                d.checklist().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    ReviewChecklist.Item item = items.get(e.getKey());
                    cells(table, String.valueOf(e.getKey()), item == null ? "" : item.title() + ": " + item.question(),
                            e.getValue().answer().label(), e.getValue().note() == null ? "" : e.getValue().note());
                });
                doc.add(table);
            }
        }

        heading(doc, "Comments");
        if (r.comments().isEmpty()) {
            doc.add(new Paragraph("None.", BODY));
        }
        for (ReviewComment c : r.comments()) {
            String on = c.ruleId() != null ? " on finding " + c.ruleId()
                    : c.quote() != null ? " on \"" + c.quote() + "\"" : "";
            doc.add(new Paragraph(pdf(c.author() + ", " + TIME.format(c.createdAt()) + ", version " + c.versionNo()
                    + on + ": " + c.body()), BODY));
        }

        heading(doc, "Timeline (" + r.timeline().size() + " audit records)");
        PdfPTable table = table(new float[] {2.2f, 6.4f, 7, 8.6f, 1.8f, 4.6f, 9}, "Seq", "Time (UTC)", "Actor", "Event", "Ver.",
                "Hash", "Details");
        for (AuditRecord a : r.timeline()) {
            cells(table, String.valueOf(a.seq()), TIME_SHORT.format(a.occurredAt()), a.actor(), a.event(),
                    a.versionNo() == null ? "" : String.valueOf(a.versionNo()), shortHash(a.contentHash()), a.details());
        }
        doc.add(table);
    }

    private void version(Document doc, CreativeVersion v) throws DocumentException {
        CreativeContent content = v.content();
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            List<String> values = content.items(spec.field());
            for (int i = 0; i < values.size(); i++) {
                String label = spec.label() + (spec.repeated() ? " " + (i + 1) : "");
                var p = new Paragraph();
                p.add(new Chunk(pdf(label + ": "), BOLD));
                p.add(new Chunk(pdf(spec.html() ? HtmlSanitiser.visibleText(values.get(i)) : values.get(i)), BODY));
                doc.add(p);
                if (spec.html()) {
                    doc.add(new Paragraph(pdf("HTML as stored: " + values.get(i)), MONO));
                }
            }
        }
        var setup = new Paragraph();
        setup.add(new Chunk("Context: ", BOLD));
        setup.add(new Chunk(pdf(ContentDiff.setup(v)), BODY));
        doc.add(setup);
        var quote = new Paragraph();
        quote.add(new Chunk("Quoted rate: ", BOLD));
        quote.add(new Chunk(pdf(ContentDiff.quote(v.quote())), BODY));
        doc.add(quote);
        if (content.imageSha256() != null) {
            doc.add(new Paragraph(pdf("Image SHA-256: " + content.imageSha256()), MONO));
        }
    }

    private static String passage(CreativeVersion v, Finding f) {
        for (FieldSpec spec : ChannelLayout.of(v.content().channel())) {
            if (spec.field().part() != f.part()) {
                continue;
            }
            List<String> values = v.content().items(spec.field());
            if (f.partIndex() >= values.size()) {
                return "";
            }
            String text = spec.html() ? HtmlSanitiser.visibleText(values.get(f.partIndex())) : values.get(f.partIndex());
            return f.start() < f.end() && f.end() <= text.length() ? text.substring(f.start(), f.end()) : "";
        }
        return "";
    }

    static String where(CreativeSummary s, Finding f) {
        for (FieldSpec spec : ChannelLayout.of(s.channel())) {
            if (spec.field().part() == f.part()) {
                return spec.label() + (spec.repeated() ? " " + (f.partIndex() + 1) : "");
            }
        }
        return f.part().name();
    }

    private static String stage(ReviewDecision.Stage stage) {
        return stage == ReviewDecision.Stage.COMPLIANCE ? "Compliance" : "CMO";
    }

    private static String decision(ReviewDecision.Decision d) {
        return switch (d) {
            case APPROVED -> "approved";
            case CHANGES_REQUESTED -> "requested changes";
            case REJECTED -> "rejected";
        };
    }

    private static void heading(Document doc, String text) throws DocumentException {
        var p = new Paragraph(pdf(text), H1);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void keyValues(Document doc, List<String> pairs) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1, 4});
        table.setWidthPercentage(100);
        for (int i = 0; i < pairs.size(); i += 2) {
            table.addCell(cell(pairs.get(i), BOLD));
            table.addCell(cell(pairs.get(i + 1), BODY));
        }
        doc.add(table);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = cell(h, BOLD);
            c.setBackgroundColor(new java.awt.Color(235, 235, 235));
            table.addCell(c);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String v : values) {
            table.addCell(cell(v, values.length > 4 ? SMALL : BODY));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(pdf(text), font));
        c.setPadding(3);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    /**
     * The standard PDF fonts speak Windows-1252: characters outside it (arrows, ≥) are spelled out so no text turns
     * into question marks in an examiner's copy.
     */
    static String pdf(@Nullable String text) {
        if (text == null) {
            return "";
        }
        var encoder = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            switch (cp) {
                case '→' -> out.append("->");
                case '←' -> out.append("<-");
                case '≥' -> out.append(">=");
                case '≤' -> out.append("<=");
                case '\u00A0' -> out.append(' ');
                default -> out.append(cp == '\n' || cp == '\t' || encoder.canEncode(ch) ? ch : "?");
            }
        });
        return out.toString();
    }

    static String shortHash(@Nullable String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    // ---------------------------------------------------------------- CSV

    static final List<String> CSV_HEADER = List.of("creative_id", "creative_name", "seq", "occurred_at_utc", "actor",
            "event", "version", "content_sha256", "details", "previous_record_hash", "record_hash");

    /**
     * One row per audit record: every record of the creative, or every record in the range (settings changes that
     * belong to no creative included). UTF-8 with a byte-order mark for spreadsheets, RFC 4180 quoting.
     */
    @PreAuthorize(EXPORTERS)
    @Transactional
    public byte[] csv(Scope scope) {
        List<AuditRecord> records;
        if (scope.creativeId() != null) {
            records = creatives.audit(creativesIn(scope).getFirst());
        } else {
            creativesIn(scope);
            records = creatives.auditBetween(scope.from(), scope.to());
        }
        Map<Long, String> names = new HashMap<>();
        var bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            Csv.writeLine(out, CSV_HEADER);
            for (AuditRecord a : records) {
                String name = a.creativeId() == null ? ""
                        : names.computeIfAbsent(a.creativeId(), id -> creatives.get(id).summary().name());
                Csv.writeLine(out, List.of(a.creativeId() == null ? "" : String.valueOf(a.creativeId()), name,
                        String.valueOf(a.seq()), a.occurredAt().toString(), a.actor(), a.event(),
                        a.versionNo() == null ? "" : String.valueOf(a.versionNo()),
                        a.contentHash() == null ? "" : a.contentHash(), a.details(), a.prevHash(), a.rowHash()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        auditLog.record("CREATIVE_EXPORTED", "Examiner export (CSV) of " + scope.describe(),
                records.size() + " audit records");
        return bytes.toByteArray();
    }
}
