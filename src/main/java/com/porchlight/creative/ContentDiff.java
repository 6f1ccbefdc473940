package com.porchlight.creative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions, field by field and word by word, for the side-by-side comparison: each field
 * item as a list of segments that are equal, removed (only in the older version) or added (only in the newer). HTML
 * fields are compared as the text a reader sees plus their markup, so a changed link shows too.
 */
public final class ContentDiff {

    public enum Kind { EQUAL, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    /** One field item (or a line of the setup) in both versions. */
    public record FieldDiff(String label, String before, String after, List<Segment> segments) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** Above this many token pairs the middle of a change is shown as removed-then-added, not word by word. */
    private static final long MAX_CELLS = 4_000_000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private ContentDiff() {
    }

    public static List<FieldDiff> between(CreativeVersion older, CreativeVersion newer) {
        List<FieldDiff> out = new ArrayList<>();
        for (FieldSpec spec : ChannelLayout.of(newer.content().channel())) {
            List<String> a = older.content().items(spec.field());
            List<String> b = newer.content().items(spec.field());
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String label = spec.label() + (spec.repeated() ? " " + (i + 1) : "");
                out.add(field(label, i < a.size() ? a.get(i) : "", i < b.size() ? b.get(i) : ""));
            }
        }
        out.add(field("Context", setup(older), setup(newer)));
        out.add(field("Quoted rate", quote(older.quote()), quote(newer.quote())));
        out.add(field("Image", String.valueOf(older.content().imageSha256()), String.valueOf(newer.content().imageSha256())));
        return out;
    }

    static String setup(CreativeVersion v) {
        CreativeSetup s = v.content().setup();
        return "States: " + (s.states().isEmpty() ? "none" : String.join(", ", s.states()))
                + "; program: " + name(s.program()) + "; purpose: " + name(s.purpose())
                + "; product: " + name(s.productType()) + "; rate type: " + name(s.rateType())
                + "; campaign: " + (s.campaign() == null ? "none" : s.campaign())
                + "; loan officer: " + (s.loanOfficer() == null ? "none" : s.loanOfficer())
                + "; quoted product: " + (s.quotedProduct() == null ? "none" : s.quotedProduct().label());
    }

    private static String name(@org.jspecify.annotations.Nullable Enum<?> e) {
        return e == null ? "not set" : e.name();
    }

    static String quote(@org.jspecify.annotations.Nullable RateQuote q) {
        return q == null ? "none" : q.product().label() + " " + q.rate().toPlainString() + "% (APR "
                + q.apr().toPlainString() + "%) as of " + q.asOf();
    }

    public static FieldDiff field(String label, String before, String after) {
        return new FieldDiff(label, before, after, segments(before, after));
    }

    static List<Segment> segments(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Segment> out = new ArrayList<>();
        add(out, Kind.EQUAL, a.subList(0, prefix));
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            add(out, Kind.REMOVED, midA);
            add(out, Kind.ADDED, midB);
        } else {
            lcs(out, midA, midB);
        }
        add(out, Kind.EQUAL, a.subList(a.size() - suffix, a.size()));
        return out;
    }

    private static void lcs(List<Segment> out, List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(out, Kind.EQUAL, List.of(a.get(i)));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                add(out, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(out, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(out, Kind.REMOVED, a.subList(i, n));
        add(out, Kind.ADDED, b.subList(j, m));
    }

    /** Appends tokens, merging with the last segment of the same kind. */
    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Segment(kind, out.getLast().text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
