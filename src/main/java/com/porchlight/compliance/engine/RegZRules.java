package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Severity.BLOCK;
import static com.porchlight.compliance.engine.Severity.REVIEW;

import com.porchlight.compliance.engine.Creative.At;
import com.porchlight.compliance.engine.Figures.Count;
import com.porchlight.compliance.engine.Figures.Money;
import com.porchlight.compliance.engine.Figures.MoneyKind;
import com.porchlight.compliance.engine.Figures.Pct;
import com.porchlight.compliance.engine.Figures.PctKind;
import com.porchlight.compliance.engine.Figures.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Regulation Z closed-end advertising (12 CFR 1026.24) and the HELOC summary rule (1026.16). */
final class RegZRules {
    private RegZRules() {
    }

    static final Set<Channel> ALL = EnumSet.allOf(Channel.class);
    private static final Set<PctKind> SIMPLE_RATES = EnumSet.of(PctKind.RATE);
    private static final Set<PctKind> ANY_RATE = EnumSet.of(PctKind.RATE, PctKind.OTHER_RATE, PctKind.PERIODIC);

    static RuleInfo ruleInfo(String id, String title, String cite, Severity s) {
        return new RuleInfo(id, title, cite, s, ALL, false);
    }

    static List<Rule> all() {
        return List.of(new RateApr(), new RateConspicuity(), new AprMayIncrease(), new TriggerRule(TriggerKind.DOWN),
                new TriggerRule(TriggerKind.TERM), new TriggerRule(TriggerKind.PAYMENT),
                new TriggerRule(TriggerKind.FINCHG), new DiscloseAddl(), new DwellRates(), new DwellPayments(),
                new TaxLtv(), new Fixed(), new Comparison(), new Heloc(), new ElectronicTable());
    }

    /** An APR figure in the same part within a dozen tokens: the rate is stated "in conjunction with" it. */
    static boolean aprNear(PartText p, int token) {
        return p.aprWithin(token, 40);
    }

    // ---- rates ---------------------------------------------------------------------------------

    static final class RateApr implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-RATE-APR", "Any rate must be stated as an APR",
                "12 CFR 1026.24(c); comment 24(c)-1", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc() || c.hasApr()) {
                return;
            }
            for (At<Pct> a : c.pcts(ANY_RATE)) {
                String fig = a.part().w(a.figure().from());
                out.tokens(BLOCK, a.part(), a.figure().from(), a.figure().to(), "The rate " + fig
                        + "% is stated without an annual percentage rate. Regulation Z requires any rate of finance"
                        + " charge to be stated as an 'annual percentage rate' or 'APR'; 'interest rate', 'rate' or"
                        + " 'effective rate' alone do not satisfy it", fig + "% interest rate ([x.xxx]% APR)");
            }
        }
    }

    static final class RateConspicuity implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-RATE-CONSPICUITY", "No rate more conspicuous than the APR",
                "12 CFR 1026.24(c); comment 24(c)-2", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            for (At<Pct> a : c.pcts(EnumSet.of(PctKind.OTHER_RATE, PctKind.PERIODIC))) {
                out.tokens(BLOCK, a.part(), a.figure().from(), a.figure().to(), "A dwelling-secured ad may state"
                        + " only the APR and a simple annual rate; an effective, comparison, yield or monthly rate"
                        + " is not allowed", "Replace it with the simple annual interest rate next to the APR");
            }
            if (!c.hasApr()) {
                return;
            }
            for (At<Pct> a : c.pcts(SIMPLE_RATES)) {
                if (!aprNear(a.part(), a.figure().from())) {
                    String fig = a.part().w(a.figure().from());
                    out.tokens(REVIEW, a.part(), a.figure().from(), a.figure().to(), "The rate " + fig
                            + "% is stated away from the APR (the APR appears in another place), so it is likely"
                            + " more conspicuous than the APR; a simple rate may only be stated in conjunction with,"
                            + " and not more conspicuously than, the APR", fig + "% interest rate ([x.xxx]% APR)");
                }
            }
        }
    }

    static boolean mayIncreaseStated(Creative c) {
        for (PartText p : c.parts) {
            for (int s : p.startIndexes("MAY_INCREASE")) {
                for (int k = Math.max(0, s - 8); k < s; k++) {
                    String w = p.w(k);
                    if (w.equals("apr") || w.equals("rate") || w.equals("rates") || w.equals("payment")
                            || w.equals("payments") || w.equals("r") || w.equals("arm")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static final class AprMayIncrease implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-APR-MAY-INCREASE", "Disclose that the APR may increase",
                "12 CFR 1026.24(c), (d)(2)(iii); comments 24(c)-1, 24(d)(2)-4", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc() || !c.rateCanIncrease() || mayIncreaseStated(c)) {
                return;
            }
            c.pcts(Set.of(PctKind.APR)).stream().findFirst().ifPresent(a -> out.tokens(BLOCK, a.part(),
                    a.figure().from(), a.figure().to(), "The ad states an APR for an adjustable or step-rate product"
                            + " but does not say that the APR may increase after consummation",
                    "The APR may increase after consummation."));
        }
    }

    // ---- triggering terms (d)(1) and the (d)(2) package ------------------------------------------

    enum TriggerKind { DOWN, TERM, PAYMENT, FINCHG }

    record Trigger(TriggerKind kind, PartText part, int from, int to, Severity severity, String what) {
    }

    private static final PhraseMatcher CREDIT_SALE = new PhraseMatcher().add("SALE", "seller financing",
            "seller financed", "builder financing", "owner financing", "owner financed", "owner will carry",
            "seller will carry", "in house financing", "builder financed", "seller carry", "carry the note",
            "will carry the note", "builder will carry", "owner carry", "seller carryback", "seller carry back",
            "carryback", "rent to own", "lease to own", "contract for deed", "land contract");
    private static final PhraseMatcher NO_DOWN = new PhraseMatcher().add("NODOWN", "no down payment",
            "no downpayment", "zero down", "$ 0 down", "0 % down", "no money down", "nothing down",
            "100 % financing", "no down");
    private static final PhraseMatcher PURCHASE = new PhraseMatcher().add("BUY", "buy", "buying", "purchase",
            "homebuyer", "homebuyers", "home buyer", "home buyers", "buyer", "buyers", "first time", "new home",
            "dream home", "move in");
    private static final PhraseMatcher REFI = new PhraseMatcher().add("REFI", "refi", "refinance",
            "refinancing", "cash out", "irrrl", "streamline", "heloc", "home equity");
    private static final PhraseMatcher UNIT_COST = new PhraseMatcher().add("UNIT", "per $ <n> borrowed",
            "per $ <n> financed", "for each $ <n> borrowed");

    static List<Trigger> triggers(Creative c) {
        return c.memo("triggers", () -> computeTriggers(c));
    }

    private static List<Trigger> computeTriggers(Creative c) {
        List<Trigger> out = new ArrayList<>();
        boolean creditSale = c.anyPart(p -> !p.find(CREDIT_SALE).isEmpty());
        Severity down = creditSale ? BLOCK : REVIEW;
        for (PartText p : c.parts) {
            boolean large = DisclosureBuilder.hasLargeAmount(p);
            for (Pct x : p.pcts) {
                if ((x.kind() == PctKind.DOWN && x.value() > 0)
                        || (x.kind() == PctKind.FINANCING && x.value() > 0 && x.value() < 100)) {
                    out.add(new Trigger(TriggerKind.DOWN, p, x.from(), x.to(), down, "a down payment"));
                }
                if (x.kind() == PctKind.POINTS && x.value() > 0) {
                    out.add(new Trigger(TriggerKind.FINCHG, p, x.from(), x.to(),
                            large ? BLOCK : REVIEW, "points (a finance charge)"));
                }
            }
            for (Money m : p.money) {
                if (m.value() <= 0) {
                    continue;
                }
                switch (m.kind()) {
                    case DOWN -> out.add(new Trigger(TriggerKind.DOWN, p, m.from(), m.to(), down, "a down payment"));
                    case PAYMENT -> out.add(new Trigger(TriggerKind.PAYMENT, p, m.from(), m.to(), BLOCK,
                            "a payment amount"));
                    case FEE -> out.add(new Trigger(TriggerKind.FINCHG, p, m.from(), m.to(), BLOCK,
                            "a finance charge amount"));
                    case SAVINGS -> {
                        if (p.startsIn("FEE", m.to(), m.to() + 3)) {
                            out.add(new Trigger(TriggerKind.FINCHG, p, m.from(), m.to(), REVIEW,
                                    "a finance charge amount (as a savings claim)"));
                        }
                    }
                    default -> {
                    }
                }
            }
            for (Term t : p.terms) {
                out.add(new Trigger(TriggerKind.TERM, p, t.from(), t.to(), t.armLabel() ? REVIEW : BLOCK,
                        t.armLabel() ? "an ARM label (its fixed period is arguably not the repayment period)"
                                : "a repayment period"));
            }
            for (Count n : p.counts) {
                out.add(new Trigger(TriggerKind.TERM, p, n.from(), n.to(), BLOCK, "a number of payments"));
                if (large) {
                    out.add(new Trigger(TriggerKind.PAYMENT, p, n.from(), n.to(), BLOCK,
                            "a payment that is readily determinable from the balance and number of payments"));
                }
            }
            for (int k = 0; k + 1 < p.size(); k++) {
                if (p.num(k) && !p.w(k - 1).equals("$") && p.tokens.get(k).value() > 0
                        && (p.w(k + 1).equals("point") || p.w(k + 1).equals("points")
                        || (p.w(k + 1).equals("discount") && p.w(k + 2).startsWith("point")))) {
                    out.add(new Trigger(TriggerKind.FINCHG, p, k, k + 2,
                            large ? BLOCK : REVIEW, "points (a finance charge)"));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((Trigger t) -> t.part().order).thenComparingInt(Trigger::from));
        return out;
    }

    static boolean downPaymentApplies(Creative c) {
        return c.memo("downPaymentApplies", () -> computeDownPaymentApplies(c));
    }

    private static boolean computeDownPaymentApplies(Creative c) {
        LoanPurpose purpose = c.ctx().purpose();
        if (purpose != null) {
            return purpose == LoanPurpose.PURCHASE || purpose == LoanPurpose.CONSTRUCTION;
        }
        return c.anyPart(p -> !p.find(PURCHASE).isEmpty()) && c.parts.stream()
                .allMatch(p -> p.find(REFI).isEmpty());
    }

    static boolean repaymentTermsStated(Creative c) {
        boolean amount = !c.money(MoneyKind.PAYMENT).isEmpty() || c.anyPart(p -> !p.find(UNIT_COST).isEmpty());
        boolean period = c.anyPart(p -> !p.counts.isEmpty() || p.terms.stream().anyMatch(t -> !t.armLabel()));
        return amount && period;
    }

    /** The (d)(2) elements that are missing, in plain words; empty when the package is complete. */
    static List<String> missingD2(Creative c, List<Trigger> triggers) {
        return c.memo("missingD2", () -> computeMissingD2(c, triggers));
    }

    private static List<String> computeMissingD2(Creative c, List<Trigger> triggers) {
        List<String> missing = new ArrayList<>();
        if (!c.hasApr()) {
            missing.add("the APR");
        } else if (c.rateCanIncrease() && !mayIncreaseStated(c)) {
            missing.add("that the APR may increase after consummation");
        }
        if (!repaymentTermsStated(c)) {
            missing.add("the terms of repayment over the full term (number and amount of payments)");
        }
        boolean downStated = triggers.stream().anyMatch(t -> t.kind() == TriggerKind.DOWN)
                || c.anyPart(p -> !p.find(NO_DOWN).isEmpty());
        if (downPaymentApplies(c) && !downStated) {
            missing.add("the amount or percentage of the down payment");
        }
        return missing;
    }

    static final class TriggerRule implements Rule {
        private final TriggerKind kind;
        private final RuleInfo info;

        TriggerRule(TriggerKind kind) {
            this.kind = kind;
            this.info = switch (kind) {
                case DOWN -> ruleInfo("REGZ-TRIGGER-DOWN", "Down payment triggers additional disclosures",
                        "12 CFR 1026.24(d)(1)(i); comments 24(d)-1, 24(d)(1)-1", REVIEW);
                case TERM -> ruleInfo("REGZ-TRIGGER-TERM", "Number of payments or repayment period triggers disclosures",
                        "12 CFR 1026.24(d)(1)(ii); comment 24(d)(1)-2", BLOCK);
                case PAYMENT -> ruleInfo("REGZ-TRIGGER-PAYMENT", "Payment amount triggers additional disclosures",
                        "12 CFR 1026.24(d)(1)(iii); comment 24(d)(1)-3", BLOCK);
                case FINCHG -> ruleInfo("REGZ-TRIGGER-FINCHG", "Finance charge amount triggers additional disclosures",
                        "12 CFR 1026.24(d)(1)(iv); comment 24(d)(1)-4", BLOCK);
            };
        }

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            List<Trigger> all = triggers(c);
            List<String> missing = missingD2(c, all);
            if (missing.isEmpty()) {
                return;
            }
            String fix = DisclosureBuilder.regZExample(c);
            for (Trigger t : all) {
                if (t.kind() == kind) {
                    out.tokens(t.severity(), t.part(), t.from(), t.to(), "This states " + t.what()
                            + ", a triggering term, so the ad must also state " + String.join("; ", missing), fix);
                }
            }
        }
    }

    static final class DiscloseAddl implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-DISCLOSE-ADDL", "The (d)(2) disclosure package",
                "12 CFR 1026.24(d)(2); comments 24(d)(2)-1 to -5", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            List<Trigger> all = triggers(c);
            if (all.isEmpty()) {
                return;
            }
            List<String> missing = missingD2(c, all);
            if (missing.isEmpty()) {
                return;
            }
            boolean firm = all.stream().anyMatch(t -> t.severity() == BLOCK);
            Trigger first = all.stream().filter(t -> !firm || t.severity() == BLOCK).findFirst().orElseThrow();
            out.tokens(firm ? BLOCK : REVIEW, first.part(), first.from(), first.to(), "The ad uses a triggering term"
                    + " but is missing " + String.join("; ", missing), DisclosureBuilder.regZExample(c));
        }
    }

    // ---- dwelling-secured: (f) -----------------------------------------------------------------

    static final class DwellRates implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-DWELL-RATES", "Each simple rate, its period and the APR",
                "12 CFR 1026.24(f)(1), (f)(2); comment 24(b)-2", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            List<At<Pct>> rates = c.pcts(SIMPLE_RATES);
            if (c.isHeloc() || rates.isEmpty() || !c.multipleRatesOrPayments()) {
                return;
            }
            Set<Double> distinct = new HashSet<>();
            rates.forEach(a -> distinct.add(a.figure().value()));
            List<String> missing = new ArrayList<>();
            if (distinct.size() < 2 && !c.has("INDEX_MARGIN")) {
                missing.add("each simple annual rate that will apply (for an ARM, the index-plus-margin rate)");
            }
            if (!c.has("PERIOD")) {
                missing.add("the period each rate applies");
            }
            if (!c.hasApr()) {
                missing.add("the APR");
            }
            if (missing.isEmpty()) {
                return;
            }
            At<Pct> a = rates.get(0);
            out.tokens(BLOCK, a.part(), a.figure().from(), a.figure().to(), "More than one simple rate applies over"
                    + " the term, but the ad does not state " + String.join("; ", missing), a.part().w(a.figure().from())
                    + "% for [years 1–N]; then [index + margin]% (index + margin as of [date]), may adjust every"
                    + " [period]; [x.xxx]% APR.");
        }
    }

    private static final PhraseMatcher TI = new PhraseMatcher()
            .add("TAX", "tax", "taxes")
            .add("INS", "insurance", "insurance premiums", "hoi", "mortgage insurance")
            .add("EXCL", "not include", "not included", "does not include", "do not include", "don't include",
                    "doesn't include", "exclude", "excludes", "excluding", "additional", "greater", "higher",
                    "separate", "separately", "plus", "not reflect", "extra", "more")
            .add("INCL", "piti", "includes taxes", "including taxes", "include taxes", "includes estimated taxes");

    /** Where the taxes-and-insurance statement is, or null. Includes an all-in (PITI) payment. */
    static PartText tiStatement(Creative c) {
        for (PartText p : c.parts) {
            List<PhraseMatcher.Hit> hits = p.find(TI);
            for (PhraseMatcher.Hit h : hits) {
                if (h.tag().equals("INCL")) {
                    return p;
                }
                if (h.tag().equals("TAX") && near(hits, "INS", h.from(), 8) && near(hits, "EXCL", h.from(), 14)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean near(List<PhraseMatcher.Hit> hits, String tag, int at, int window) {
        return hits.stream().anyMatch(h -> h.tag().equals(tag) && Math.abs(h.from() - at) <= window);
    }

    static final class DwellPayments implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-DWELL-PAYMENTS", "Payments over the full term plus taxes and"
                + " insurance", "12 CFR 1026.24(f)(3); comment 24(b)-2", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            List<Trigger> payments = triggers(c).stream().filter(t -> t.kind() == TriggerKind.PAYMENT).toList();
            if (payments.isEmpty()) {
                return;
            }
            List<String> missing = new ArrayList<>();
            Set<Double> amounts = new HashSet<>();
            c.money(MoneyKind.PAYMENT).forEach(a -> amounts.add(a.figure().value()));
            if (c.multipleRatesOrPayments() && amounts.size() < 2) {
                missing.add("each payment that will apply over the term, including any balloon");
            }
            if (!c.anyPart(p -> !p.counts.isEmpty() || p.has("PERIOD")
                    || p.terms.stream().anyMatch(t -> !t.armLabel()))) {
                missing.add("the period each payment applies");
            }
            PartText ti = c.firstLien() ? tiStatement(c) : null;
            if (c.firstLien() && ti == null) {
                missing.add("that the payments do not include taxes and insurance and the actual payment"
                        + " obligation will be greater");
            }
            Trigger first = payments.get(0);
            String fix = DisclosureBuilder.regZExample(c);
            if (!missing.isEmpty()) {
                out.tokens(BLOCK, first.part(), first.from(), first.to(), "The ad states a payment but not "
                        + String.join("; ", missing), fix);
            } else if (ti != null && payments.stream().anyMatch(t -> t.part() != ti)) {
                Trigger far = payments.stream().filter(t -> t.part() != ti).findFirst().orElseThrow();
                out.tokens(REVIEW, far.part(), far.from(), far.to(), "The taxes-and-insurance statement is"
                        + " not next to the payment it qualifies; it must be prominent and in close proximity",
                        "Payments do not include taxes and insurance; the actual payment obligation will be greater.");
            }
        }
    }

    // ---- (h), (i) ------------------------------------------------------------------------------

    private static final PhraseMatcher OVER_VALUE = new PhraseMatcher().add("OVER", "more than your home is worth",
            "more than your house is worth", "more than your home's value", "no equity needed", "no equity required",
            "no equity", "exceeds your home's value", "beyond your home's value", "above your home's value",
            "more than your property is worth", "beyond what your home is worth", "negative equity");
    private static final PhraseMatcher TAX_STATEMENT = new PhraseMatcher()
            .add("DEDUCT", "not tax deductible", "not deductible", "not be tax deductible", "not be deductible")
            .add("ADVISER", "tax adviser", "tax advisor", "tax professional", "tax advisers", "tax advisors");

    static final class TaxLtv implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-TAX-LTV", "Credit over 100% of the home's value",
                "12 CFR 1026.24(h)", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            Set<String> stated = new HashSet<>();
            c.parts.forEach(p -> p.find(TAX_STATEMENT).forEach(h -> stated.add(h.tag())));
            if (stated.size() == 2) {
                return;
            }
            String msg = "The ad says the credit may exceed the home's value, so it must state that interest on the"
                    + " part above fair market value is not tax deductible and that the consumer should consult a"
                    + " tax adviser";
            String fix = "The interest on the portion of the credit extension that is greater than the fair market"
                    + " value of the dwelling is not tax deductible for federal income tax purposes. Consult a tax"
                    + " adviser for further information regarding the deductibility of interest and charges.";
            for (PartText p : c.parts) {
                for (Pct x : p.pcts) {
                    if ((x.kind() == PctKind.LTV || x.kind() == PctKind.FINANCING) && x.value() > 100) {
                        out.tokens(BLOCK, p, x.from(), x.to(), msg, fix);
                    }
                }
                for (PhraseMatcher.Hit h : p.find(OVER_VALUE)) {
                    out.hit(BLOCK, p, h, msg, fix);
                }
            }
        }
    }

    private static final PhraseMatcher FIXED_PRODUCT = new PhraseMatcher().add("FP", "fixed rate mortgage",
            "fixed rate mortgages", "fixed rate loan", "fixed rate loans", "fixed rate", "fixed rates");

    static final class Fixed implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-FIXED", "Misleading use of \"fixed\"",
                "12 CFR 1026.24(i)(1); 12 CFR 1014.3(g)", BLOCK);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            RateType t = c.rateType();
            boolean variable = t == RateType.ARM || ((t == null || t == RateType.FIXED) && c.rateCanIncrease());
            boolean payIncreases = t == RateType.STEP || t == RateType.INTEREST_ONLY || t == RateType.BUYDOWN
                    || (t == null && c.has("IO_CUE"));
            boolean mixedByText = (t == RateType.FIXED && c.rateCanIncrease());
            if (!variable && !payIncreases && !mixedByText) {
                return;
            }
            boolean mixed = mixedByText || (t == null && c.anyPart(p -> !p.find(FIXED_PRODUCT).isEmpty()
                    || p.terms.stream().anyMatch(x -> p.w(x.to()).equals("fixed"))));
            boolean armSeen = false;
            for (PartText p : c.parts) {
                Set<Integer> productFixed = new HashSet<>();
                for (PhraseMatcher.Hit h : p.find(FIXED_PRODUCT)) {
                    productFixed.add(h.from());
                }
                for (Term term : p.terms) {
                    if (p.w(term.to()).equals("fixed")) {
                        productFixed.add(term.to());
                    }
                }
                int firstArmLabel = p.terms.stream().filter(Term::armLabel).mapToInt(Term::from).min().orElse(-1);
                java.util.BitSet termStarts = new java.util.BitSet();
                p.terms.forEach(x -> termStarts.set(x.from()));
                for (int k = 0; k < p.size(); k++) {
                    if (p.startsIn("ARM_WORD", k, k + 1)) {
                        armSeen = true;
                    }
                    if (!p.w(k).equals("fixed")) {
                        continue;
                    }
                    boolean qualified = p.startsIn("MAY_INCREASE", k - 15, k + 20)
                            && (p.startsIn("PERIOD", k - 10, k + 15) || termNear(termStarts, k));
                    if (variable && !(mixed && productFixed.contains(k))) {
                        if (!mixed && !armSeen && !(firstArmLabel >= 0 && firstArmLabel < k)) {
                            out.tokens(BLOCK, p, k, k + 1, "\"Fixed\" appears before (or without) the words"
                                    + " 'adjustable-rate mortgage' or 'ARM' in an ad for an adjustable-rate product",
                                    "Lead with \"Adjustable-Rate Mortgage (ARM)\" before any use of \"fixed\".");
                            continue;
                        }
                        if (!qualified) {
                            out.tokens(BLOCK, p, k, k + 1, "Each \"fixed\" in an adjustable-rate ad must say for how"
                                    + " long the rate or payment is fixed and that it may change after that period",
                                    "rate fixed for the first [N] years, then may adjust every [period]");
                        }
                    } else if (payIncreases && nearPayment(p, k) && !(qualified
                            || (p.startsIn("PERIOD", k - 10, k + 15) && p.startsIn("MAY_INCREASE", k - 15, k + 20)))) {
                        out.tokens(BLOCK, p, k, k + 1, "\"Fixed\" describes a payment that will increase; state for"
                                + " how long it is fixed and that the payment will increase after that period",
                                "payment fixed for the first [N] years, then will increase to $[amount]");
                    } else if (mixed && productFixed.contains(k) && isHeadline(p)
                            && !p.has("ARM_WORD")) {
                        out.tokens(REVIEW, p, k, k + 1, "\"Fixed\" is prominent in a mixed fixed/ARM ad; the ARM"
                                + " wording must be equally prominent", null);
                    }
                }
            }
        }

        private static boolean termNear(java.util.BitSet termStarts, int k) {
            for (int i = Math.max(0, k - 12); i <= k + 12; i++) {
                if (termStarts.get(i)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean nearPayment(PartText p, int k) {
            for (int i = Math.max(0, k - 4); i < Math.min(p.size(), k + 4); i++) {
                if (p.w(i).startsWith("payment")) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean isHeadline(PartText p) {
        return switch (p.part.kind()) {
            case HEADLINE, SUBJECT, PREHEADER, CALL_TO_ACTION -> true;
            default -> false;
        };
    }

    private static final PhraseMatcher COMPARE = new PhraseMatcher().add("CMP", "your current payment",
            "current payment", "your current rate", "current rate", "vs", "versus", "instead of", "why pay",
            "compared to", "compared with", "drop your", "cut your", "lower your", "reduce your", "slash your",
            "save", "lower by", "cut your rate", "in half", "than your current");

    static final class Comparison implements Rule {
        private final RuleInfo info = ruleInfo("REGZ-COMPARISON", "Comparisons using a rate or payment for less than"
                + " the full term", "12 CFR 1026.24(i)(2); 12 CFR 1014.3(h)", REVIEW);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc() || !c.multipleRatesOrPayments()) {
                return;
            }
            boolean figures = c.anyPart(p -> !p.money.isEmpty() || !p.pcts.isEmpty());
            if (!figures) {
                return;
            }
            Severity s = (!c.hasApr() || !c.has("PERIOD") || !mayIncreaseStated(c)) ? BLOCK : REVIEW;
            for (PartText p : c.parts) {
                List<PhraseMatcher.Hit> hits = p.find(COMPARE);
                if (!hits.isEmpty()) {
                    out.hit(s, p, hits.get(0), "The ad compares payments or rates while the advertised rate or"
                            + " payment applies for less than the full term (ARM, buydown, step or interest-only);"
                            + " it must also clearly compare the full-term rates and payments and say when the first"
                            + " adjustment occurs", "Compare with the rates and payments over the full term: "
                            + "[rate]% for years 1–[N], then [rate]%; payments of $[x] for [N] months, then $[y];"
                            + " [x.xxx]% APR; rate may adjust after [N] years.");
                    return;
                }
            }
        }
    }

    private static final PhraseMatcher FREE_MONEY = new PhraseMatcher().add("FREE", "free money", "free cash",
            "money for free", "free equity");

    static final class Heloc implements Rule {
        private final RuleInfo info = new RuleInfo("REGZ-HELOC", "Home-equity line ads", "12 CFR 1026.16(b), (d);"
                + " 1026.16(d)(5)", REVIEW, ALL, true);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (!c.isHeloc()) {
                return;
            }
            boolean free = false;
            for (PartText p : c.parts) {
                for (PhraseMatcher.Hit h : p.find(FREE_MONEY)) {
                    free = true;
                    out.hit(BLOCK, p, h, "A home-equity line may not be described as \"free money\" or similar",
                            "Tap into your home's equity with a home equity line of credit.");
                }
            }
            for (PartText p : c.parts) {
                boolean term = !p.pcts.stream().allMatch(x -> x.kind() == PctKind.NONCREDIT) || p.money.stream()
                        .anyMatch(m -> m.kind() == MoneyKind.PAYMENT || m.kind() == MoneyKind.FEE);
                if (term && !free) {
                    int at = !p.pcts.isEmpty() ? p.pcts.get(0).from() : p.money.get(0).from();
                    out.tokens(REVIEW, p, at, at + 2, "A HELOC ad that states a rate, fee or payment must also state"
                            + " the loan fees as a percentage of the credit line, the periodic rate as an APR, the"
                            + " maximum APR for a variable plan, and any discounted-rate or balloon terms",
                            "[x.xx]% APR (variable; maximum APR [18]%). Fees to open the plan: [x]% of the credit"
                                    + " line plus about $[amount] in other fees.");
                    return;
                }
            }
        }
    }

    /** The catalog's SMS / search authoring rule: no triggering terms in a character-limited unit. */
    static final class ElectronicTable implements Rule {
        private final RuleInfo info = new RuleInfo("REGZ-ELECTRONIC-TABLE", "No triggering terms in SMS or search"
                + " ads that rely on a linked table", "12 CFR 1026.24(e); comment 24(e)-2", REVIEW,
                EnumSet.of(Channel.SMS, Channel.SEARCH_AD), true);

        public RuleInfo info() {
            return info;
        }

        public void check(Creative c, Findings out) {
            if (c.isHeloc()) {
                return;
            }
            triggers(c).stream().findFirst().ifPresent(t -> out.tokens(REVIEW, t.part(), t.from(), t.to(),
                    "A character-limited " + c.channel().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                            + " states a triggering term; whether a link to a disclosure table satisfies Regulation Z"
                            + " here is unsettled, so state only an APR-labelled rate and link to the full terms",
                    "Rates from [x.xxx]% APR. Terms: [link]"));
        }
    }
}
