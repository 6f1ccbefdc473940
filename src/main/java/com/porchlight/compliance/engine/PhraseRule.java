package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A rule that is decided by wording alone: a table of phrases per severity tier, with the
 * near-misses the catalog lists ("get pre-approved" is an invitation, not a claim) expressed as
 * words that must not precede the phrase, or qualifying phrases that clear the whole part.
 */
final class PhraseRule implements Rule {
    private record Tier(String tag, Function<Creative, Severity> severity, String message, Set<String> notAfter,
            int[] window) {
    }

    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");

    private final RuleInfo info;
    private final PhraseMatcher matcher = new PhraseMatcher();
    private final PhraseMatcher clearing = new PhraseMatcher();
    private final List<Tier> tiers = new ArrayList<>();
    private boolean datedIsFine;
    private Set<PartKind> onlyParts = EnumSet.allOf(PartKind.class);
    private Predicate<Creative> when = c -> true;
    private boolean clearsWholeCreative;
    private @Nullable String fix;

    PhraseRule(RuleInfo info) {
        this.info = info;
    }

    PhraseRule tier(Severity s, String message, String... phrases) {
        return tier(c -> s, message, phrases);
    }

    PhraseRule tier(Function<Creative, Severity> s, String message, String... phrases) {
        String tag = "T" + tiers.size();
        tiers.add(new Tier(tag, s, message, new HashSet<>(), new int[] {0}));
        matcher.add(tag, phrases);
        return this;
    }

    /** Skip a hit of the last tier when one of these words appears in the few tokens just before it. */
    PhraseRule notAfter(int window, String... words) {
        Tier last = tiers.get(tiers.size() - 1);
        last.window[0] = window;
        last.notAfter.addAll(List.of(words));
        return this;
    }

    /** A deadline followed by a real date ("expires 06/30/2025", "ends June 30") is not a false one. */
    PhraseRule unlessDated() {
        datedIsFine = true;
        return this;
    }

    /** Phrases that, present in the same part (or anywhere, see {@link #clearsCreative}), qualify the claim. */
    PhraseRule clearedBy(String... phrases) {
        clearing.add("CLEAR", phrases);
        return this;
    }

    PhraseRule clearsCreative() {
        clearsWholeCreative = true;
        return this;
    }

    PhraseRule onlyIn(PartKind first, PartKind... rest) {
        onlyParts = EnumSet.of(first, rest);
        return this;
    }

    PhraseRule when(Predicate<Creative> condition) {
        when = condition;
        return this;
    }

    PhraseRule fix(String fix) {
        this.fix = fix;
        return this;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(Creative c, Findings out) {
        if (!when.test(c)) {
            return;
        }
        boolean clearedEverywhere = clearsWholeCreative && c.anyPart(p -> !p.find(clearing).isEmpty());
        for (PartText p : c.parts) {
            if (!onlyParts.contains(p.part.kind()) || clearedEverywhere) {
                continue;
            }
            List<PhraseMatcher.Hit> hits = new ArrayList<>(p.find(matcher));
            // Longest phrase first at each position, so "free money" wins over "free".
            hits.sort(java.util.Comparator.comparingInt(PhraseMatcher.Hit::from)
                    .thenComparingInt(h -> h.from() - h.to()));
            if (hits.isEmpty() || !p.find(clearing).isEmpty()) {
                continue;
            }
            List<PhraseMatcher.Hit> kept = new ArrayList<>();
            List<Severity> severities = new ArrayList<>();
            int coveredTo = -1;
            for (PhraseMatcher.Hit h : hits) {
                Tier t = tier(h);
                if (h.from() < coveredTo || precededByExcluded(p, h.from(), t) || (datedIsFine && dated(p, h.to()))) {
                    continue;
                }
                kept.add(h);
                severities.add(t.severity.apply(c));
                coveredTo = h.to();
            }
            for (int i = 0; i < kept.size(); i++) {
                PhraseMatcher.Hit h = kept.get(i);
                // One claim, one finding: a milder phrase beside a stronger one belongs to the same claim.
                boolean outranked = false;
                // kept is sorted and non-overlapping, so only a handful of neighbours can be that close.
                for (int j = Math.max(0, i - 6); j < Math.min(kept.size(), i + 7) && !outranked; j++) {
                    PhraseMatcher.Hit o = kept.get(j);
                    outranked = severities.get(j).compareTo(severities.get(i)) < 0
                            && o.from() - h.to() < 6 && h.from() - o.to() < 6;
                }
                if (!outranked) {
                    out.hit(severities.get(i), p, h, tier(h).message, fix);
                }
            }
        }
    }

    private Tier tier(PhraseMatcher.Hit h) {
        return tiers.get(Integer.parseInt(h.tag().substring(1)));
    }

    private static boolean dated(PartText p, int after) {
        for (int k = after; k < after + 5; k++) {
            if (MONTHS.contains(p.w(k)) || (p.num(k) && p.w(k + 1).equals("/") && p.num(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByExcluded(PartText p, int from, Tier t) {
        for (int k = Math.max(0, from - t.window[0]); k < from; k++) {
            if (t.notAfter.contains(p.w(k))) {
                return true;
            }
        }
        return false;
    }
}
