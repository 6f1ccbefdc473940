package com.porchlight.compliance.engine;

import com.porchlight.compliance.engine.Figures.Money;
import com.porchlight.compliance.engine.Figures.MoneyKind;
import com.porchlight.compliance.engine.Figures.Pct;
import com.porchlight.compliance.engine.Figures.PctKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The whole creative as the rules see it: analysed parts plus context and advertiser. */
final class Creative {
    record At<T>(PartText part, T figure) {
    }

    final CreativeInput input;
    final AdvertiserProfile profile;
    final List<PartText> parts;
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

    Creative(CreativeInput input, AdvertiserProfile profile) {
        this.input = input;
        this.profile = profile;
        List<PartText> list = new ArrayList<>();
        for (int i = 0; i < input.parts().size(); i++) {
            list.add(new PartText(input.parts().get(i), i));
        }
        this.parts = List.copyOf(list);
        applyAprFootnotes();
    }

    /**
     * "Rates as low as 5.99%* … *Annual Percentage Rate": a footnote marker that defines the figure as
     * the APR makes the starred figure an APR, wherever the footnote sits in the creative.
     */
    private void applyAprFootnotes() {
        java.util.Set<Character> markers = new java.util.HashSet<>();
        for (PartText p : parts) {
            String n = p.norm;
            for (int i = 0; i < n.length(); i++) {
                char ch = n.charAt(i);
                if (ch == '*' || ch == '\u2020' || ch == '\u2021') {
                    int k = i + 1;
                    while (k < n.length() && k - i < 8 && (n.charAt(k) == ' ' || n.charAt(k) == ch)) {
                        k++;
                    }
                    if (n.startsWith("apr", k) || n.startsWith("annual percentage rate", k) || n.startsWith("a.p.r", k)) {
                        markers.add(ch);
                    }
                }
            }
        }
        if (markers.isEmpty()) {
            return;
        }
        for (PartText p : parts) {
            for (int i = 0; i < p.pcts.size(); i++) {
                Pct x = p.pcts.get(i);
                int end = p.charEnd(x.to());
                if (x.kind() == PctKind.RATE && end < p.original.length() && markers.contains(p.norm.charAt(end))) {
                    p.pcts.set(i, new Pct(x.from(), x.to(), x.value(), PctKind.APR));
                }
            }
        }
    }

    Channel channel() {
        return input.channel();
    }

    CreativeContext ctx() {
        return input.context();
    }

    RateType rateType() {
        return ctx().rateType();
    }

    boolean anyPart(Predicate<PartText> p) {
        return parts.stream().anyMatch(p);
    }

    boolean has(String coreTag) {
        return anyPart(p -> p.has(coreTag));
    }

    List<At<Pct>> pcts(Set<PctKind> kinds) {
        List<At<Pct>> out = new ArrayList<>();
        for (PartText p : parts) {
            for (Pct x : p.pcts) {
                if (kinds.contains(x.kind())) {
                    out.add(new At<>(p, x));
                }
            }
        }
        return out;
    }

    List<At<Money>> money(MoneyKind kind) {
        List<At<Money>> out = new ArrayList<>();
        for (PartText p : parts) {
            for (Money x : p.money) {
                if (x.kind() == kind) {
                    out.add(new At<>(p, x));
                }
            }
        }
        return out;
    }

    boolean hasApr() {
        return !pcts(Set.of(PctKind.APR)).isEmpty();
    }

    /** Rules ask the same creative-wide questions many times; answer each once. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    boolean isHeloc() {
        return memo("heloc", this::computeHeloc);
    }

    private boolean computeHeloc() {
        if (ctx().productType() != null) {
            return ctx().productType() == ProductType.HELOC;
        }
        return anyPart(p -> p.wordLine().contains("heloc") || p.wordLine().contains("home equity line"));
    }

    /** ARM or step-rate by metadata, or the copy itself advertises an adjustable rate. */
    boolean rateCanIncrease() {
        RateType t = rateType();
        if (t == RateType.ARM || t == RateType.STEP) {
            return true;
        }
        return anyPart(p -> p.has("ARM_WORD") || p.terms.stream().anyMatch(Figures.Term::armLabel));
    }

    /** More than one simple rate or payment applies over the term (ARM, step, buydown, interest-only). */
    boolean multipleRatesOrPayments() {
        RateType t = rateType();
        if (t != null && t != RateType.FIXED) {
            return true;
        }
        return rateCanIncrease() || has("MULTI_RATE_CUE");
    }

    boolean firstLien() {
        return ctx().firstLien() == null || ctx().firstLien();
    }

    /** The part where a missing disclosure naturally goes: disclosures, footer, body, then the last part. */
    PartText disclosureAnchor() {
        for (PartKind k : List.of(PartKind.DISCLOSURES, PartKind.FOOTER, PartKind.SMS_TEXT, PartKind.BODY,
                PartKind.DESCRIPTION)) {
            for (int i = parts.size() - 1; i >= 0; i--) {
                if (parts.get(i).part.kind() == k) {
                    return parts.get(i);
                }
            }
        }
        return parts.get(parts.size() - 1);
    }

    /** Words of the whole creative, for phrase presence checks that do not need a position. */
    String allWords() {
        return memo("allWords", this::computeAllWords);
    }

    private String computeAllWords() {
        StringBuilder sb = new StringBuilder(" ");
        for (PartText p : parts) {
            sb.append(p.wordLine()).append(" | ");
        }
        return sb.toString();
    }
}
