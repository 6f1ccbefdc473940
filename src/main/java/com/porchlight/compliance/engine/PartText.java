package com.porchlight.compliance.engine;

import com.porchlight.compliance.engine.Figures.Count;
import com.porchlight.compliance.engine.Figures.Money;
import com.porchlight.compliance.engine.Figures.MoneyKind;
import com.porchlight.compliance.engine.Figures.Nmls;
import com.porchlight.compliance.engine.Figures.Pct;
import com.porchlight.compliance.engine.Figures.PctKind;
import com.porchlight.compliance.engine.Figures.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One text part, tokenised once, with every figure the rules reason about already recognised. */
final class PartText {
    private static final PhraseMatcher CORE = PhraseMatcher.unshared()
            .add("APR", "apr", "aprs", "a p r", "annual percentage rate", "annual percentage rates")
            .add("PERIODIC", "/ mo", "/ month", "/ mth", "/ mos", "a month", "per month", "a mo", "per mo",
                    "monthly", "each month", "every month", "mo", "mth", "/ wk", "/ week", "a week", "per week",
                    "weekly", "bi weekly", "biweekly", "every two weeks", "every other week", "/ m")
            .add("PAYMENT_WORD", "payment", "payments", "installment", "installments", "pay", "paying", "p & i",
                    "principal and interest", "principal & interest", "piti")
            .add("DOWN_PAYMENT", "down payment", "downpayment", "down payments", "cash required", "cash required from buyer")
            .add("DPA", "assistance", "grant", "grants")
            .add("SAVE", "save", "saving", "savings", "savings of", "save up to", "saves")
            .add("REDUCE", "lower", "cut", "reduce", "drop", "decrease", "slash", "trim", "shrink")
            .add("FEE", "fee", "fees", "origination", "closing cost", "closing costs", "points", "point",
                    "interest", "finance charge", "finance charges", "financing costs", "financing cost",
                    "prepaid", "to close", "costs", "cost", "in fees", "charges", "charge")
            .add("LTV", "ltv", "cltv", "loan to value", "of your home's value", "of your homes value",
                    "of your home value", "of home value", "of the home's value", "of your home's worth",
                    "of value", "of appraised value", "of the appraised value", "of the value",
                    "of your property's value", "of property value", "of its value", "of what your home is worth",
                    "of your house's value", "of the home value", "of your home's appraised value")
            .add("OTHER_RATE", "effective rate", "comparison rate", "effective yield", "yield", "add on rate",
                    "daily rate", "periodic rate", "monthly rate", "monthly interest rate", "effective interest rate")
            .add("RATE_CTX", "rate", "rates", "interest", "fixed", "arm", "arms", "mortgage", "mortgages", "refi",
                    "refis", "refinance", "refinancing", "loan", "loans", "as low as", "starting at", "lock",
                    "locked", "jumbo", "fha", "va", "usda", "conventional", "heloc", "helocs", "intro",
                    "introductory", "teaser", "buydown", "buy down", "home equity",
                    "adjustable", "variable", "financing", "apr")
            .add("NONCREDIT_AFTER", "off", "approval", "approved", "satisfaction", "more", "less", "cash back",
                    "back", "commission", "chance", "guaranteed", "success", "online", "of our", "of customers",
                    "of borrowers", "of buyers", "of clients", "of homeowners", "of americans", "of people",
                    "match", "discount", "cheaper", "faster", "increase", "decrease", "higher", "lower", "of all",
                    "digital", "paperless", "free", "owned", "of the time", "of applicants", "equity", "year over year",
                    "appreciation", "growth", "this year", "last year", "per year", "a year", "annually", "dti",
                    "debt to income", "of income", "of your income", "minimum credit")
            .add("NONCREDIT_BEFORE", "save", "saving", "up to", "off", "discount", "reward", "rewards", "over",
                    "by", "cut", "lower", "reduce", "rose", "fell", "dropped", "increase", "decrease", "grew", "up",
                    "prices", "values", "appreciation", "inflation", "jumped", "climbed", "dti", "debt to income",
                    "tax", "taxes", "tip", "commission", "growth")
            .add("POINTS_AFTER", "point", "points", "discount point", "discount points", "origination", "pts")
            .add("FINANCING_AFTER", "financing", "financed")
            .add("YEAR", "year", "years", "yr", "yrs", "yrs")
            .add("MONTH", "month", "months")
            .add("TERM_CTX", "fixed", "mortgage", "mortgages", "loan", "loans", "arm", "arms", "refi",
                    "refinance", "term", "terms", "amortization", "amortized", "amortizing", "repay",
                    "paid", "off", "payments", "payment", "rate", "rates", "jumbo", "fha", "va", "usda",
                    "conventional", "financing", "finance", "apr", "balloon", "installments", "to pay", "mortgage")
            .add("LOAN_AFTER", "loan", "loans", "mortgage", "balance", "purchase", "home", "house", "price",
                    "loan amount", "jumbo", "refinance", "refi", "cash out", "home loan", "line")
            .add("TERM_STRONG", "repay", "pay", "paid", "off", "payments", "amortized", "amortization", "amortizing",
                    "term", "terms", "financing", "finance", "financed", "payoff", "repaid", "repayment")
            .add("PAYMENT_AFTER", "p & i", "principal and interest", "principal & interest", "pi", "p&i")
            .add("TERM_EXCL_BEFORE", "first", "initial", "intro", "introductory", "after", "every", "than",
                    "serving", "since", "experience", "anniversary", "last", "past", "within", "nearly", "almost",
                    "age", "aged", "once")
            .add("TERM_EXCL_AFTER", "experience", "business", "service", "ago", "old", "industry", "serving",
                    "anniversary", "history", "warranty", "older", "of age", "running", "in a row", "helping",
                    "combined", "of combined", "strong", "later", "from now", "low", "lows", "high", "highs", "record",
                    "sooner", "faster", "earlier", "early", "ahead", "of")
            .add("ARM_WORD", "arm", "arms", "adjustable", "adjustable rate", "variable rate", "variable")
            .add("MULTI_RATE_CUE", "intro", "introductory", "teaser", "buydown", "buy down", "bought down",
                    "buy-down", "<n> / <n> buydown", "<n> <n> buydown", "<n> <n> <n> buydown", "first year",
                    "initial rate", "temporary", "step rate", "interest only", "start rate", "starter rate")
            .add("IO_CUE", "interest only")
            .add("MAY_INCREASE", "may increase", "can increase", "could increase", "will increase", "may adjust",
                    "can adjust", "will adjust", "may change", "can change", "may rise", "may go up", "may vary",
                    "can vary", "will vary", "subject to increase", "subject to adjustment", "adjusts", "adjust",
                    "may be adjusted", "may reset", "will reset", "resets", "could rise", "can rise", "may be higher",
                    "will rise", "can go up")
            .add("PERIOD", "for the first", "first <n> years", "first <n> months", "for <n> years", "years <n>",
                    "year <n>", "for <n> months", "after <n> years", "after year", "thereafter", "then",
                    "remaining", "months <n>", "first year", "second year", "for the remaining", "after the first")
            .add("INDEX_MARGIN", "index", "margin", "fully indexed", "sofr", "treasury index")
            .add("COUNT_UNIT", "payments", "installments", "monthly payments", "payment")
            .add("COUNT_FILLER", "equal", "easy", "small", "monthly", "low", "fixed", "simple", "affordable",
                    "principal", "and", "interest", "p", "&", "i", "regular", "level", "fully", "amortizing");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("twenty five", 25), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50));

    private static final Set<String> NMLS_FILLER = Set.of("#", "id", "no", "number", "unique", "identifier",
            "license", "lic", "co", "company", "mlo", "individual", "nmlsr", "num", "nbr", "org", "loan",
            "originator", "consumer", "access", "entity", "registry", "registration", "reg");

    final TextPart part;
    final int order;
    final String original;
    final String norm;
    final List<Token> tokens;
    private final Map<String, BitSet> starts = new HashMap<>();
    private final Map<String, BitSet> lasts = new HashMap<>();
    final List<Pct> pcts = new ArrayList<>();
    final List<Money> money = new ArrayList<>();
    final List<Term> terms = new ArrayList<>();
    final List<Count> counts = new ArrayList<>();
    final List<Nmls> nmls = new ArrayList<>();
    /** For each token, the index of the first token of its sentence and one past its last. */
    private final int[] sentenceFrom;
    private final int[] sentenceTo;

    PartText(TextPart part, int order) {
        this.part = part;
        this.order = order;
        this.original = part.text();
        this.norm = Tokenizer.normalise(original);
        this.tokens = Tokenizer.tokenize(norm);
        this.sentenceFrom = new int[tokens.size()];
        this.sentenceTo = new int[tokens.size()];
        sentences();
        index(CORE.find(tokens));
        recognise();
    }

    /** A sentence ends at ! ? ; a line break, or a full stop followed by a space (not "5.99" or "A.P.R."). */
    private void sentences() {
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || boundary(tokens.get(i - 1).end(), tokens.get(i).start())) {
                for (int k = start; k < i; k++) {
                    sentenceFrom[k] = start;
                    sentenceTo[k] = i;
                }
                start = i;
            }
        }
    }

    private boolean boundary(int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = norm.charAt(k);
            if (ch == '!' || ch == '?' || ch == ';' || ch == '\n' || ch == '\r'
                    || (ch == '.' && k + 1 < norm.length() && Character.isWhitespace(norm.charAt(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Clip a window around token i to i's sentence, so context never leaks from the next sentence. */
    int lo(int i, int from) {
        return i < tokens.size() ? Math.max(from, sentenceFrom[i]) : from;
    }

    int hi(int i, int to) {
        return i < tokens.size() ? Math.min(to, sentenceTo[i]) : to;
    }

    private void index(List<PhraseMatcher.Hit> hits) {
        for (var h : hits) {
            starts.computeIfAbsent(h.tag(), k -> new BitSet()).set(h.from());
            lasts.computeIfAbsent(h.tag(), k -> new BitSet()).set(h.to() - 1);
        }
    }

    // ---- token helpers -------------------------------------------------------------------------

    int size() {
        return tokens.size();
    }

    String w(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    boolean num(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isNumber();
    }

    int charStart(int tokenIndex) {
        return tokenIndex < tokens.size() ? tokens.get(tokenIndex).start() : original.length();
    }

    int charEnd(int tokenIndexExclusive) {
        return tokenIndexExclusive > 0 ? tokens.get(Math.min(tokenIndexExclusive, tokens.size()) - 1).end() : 0;
    }

    /** A core tag starting at a token index in [from, to). */
    boolean startsIn(String tag, int from, int to) {
        return anyIn(starts.get(tag), from, to);
    }

    /** Windows are a few tokens wide: probing bits directly keeps each query O(window), not O(text). */
    private static boolean anyIn(BitSet b, int from, int to) {
        if (b == null || to <= from) {
            return false;
        }
        for (int k = Math.max(0, from); k < to; k++) {
            if (b.get(k)) {
                return true;
            }
        }
        return false;
    }

    /** A core tag whose last token lies in [from, to). */
    boolean endsIn(String tag, int from, int to) {
        return anyIn(lasts.get(tag), from, to);
    }

    int[] startIndexes(String tag) {
        BitSet b = starts.get(tag);
        return b == null ? new int[0] : b.stream().toArray();
    }

    boolean has(String tag) {
        return starts.containsKey(tag);
    }

    /** A tag ending within window tokens before from, without crossing another figure on the way back. */
    boolean tagBefore(String tag, int from, int window) {
        int stop = from < tokens.size() ? Math.max(0, lo(from, from - window)) : Math.max(0, from - window);
        for (int k = from - 1; k >= stop; k--) {
            if (endsIn(tag, k, k + 1)) {
                return true;
            }
            if (num(k) || w(k).equals("$") || w(k).equals("%")) {
                return false;
            }
        }
        return false;
    }

    /** True when a number or percent sign sits in [from, to): used to stop windows at the next figure. */
    private boolean figureIn(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).isNumber()) {
                return true;
            }
        }
        return false;
    }

    // ---- recognisers ---------------------------------------------------------------------------

    private void recognise() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("$") && num(i + 1)) {
                int end = i + 2;
                double v = tokens.get(i + 1).value();
                String m = w(end);
                if (m.equals("k") || m.equals("thousand")) {
                    v *= 1_000;
                    end++;
                } else if (m.equals("m") || m.equals("mm") || m.equals("million")) {
                    v *= 1_000_000;
                    end++;
                }
                money.add(new Money(i, end, v, moneyKind(i, end)));
                i = end - 1;
            } else if (t.isNumber() && !w(i - 1).equals("$")) {
                if (w(i + 1).equals("dollars")) {
                    money.add(new Money(i, i + 2, t.value(), moneyKind(i, i + 2)));
                } else if (w(i + 1).equals("%") || w(i + 1).equals("percent") || w(i + 1).equals("pct")) {
                    pcts.add(new Pct(i, i + 2, t.value(), pctKind(i, i + 2)));
                } else if (w(i + 1).equals("per") && w(i + 2).equals("cent")) {
                    pcts.add(new Pct(i, i + 3, t.value(), pctKind(i, i + 3)));
                } else if (t.text().contains(".") && t.value() < 30 && startsIn("APR", i + 1, i + 2)) {
                    // "Rates from 5.99 APR": the percent sign is missing but the figure is plainly an APR.
                    pcts.add(new Pct(i, i + 2, t.value(), PctKind.APR));
                } else {
                    integerFigure(i, t.value());
                }
            } else if (t.kind() == Token.Kind.WORD) {
                Integer v = NUMBER_WORDS.get(t.text());
                if (v != null && (w(i + 1).equals("percent") || w(i + 1).equals("%"))) {
                    pcts.add(new Pct(i, i + 2, v, pctKind(i, i + 2)));
                } else if (v != null) {
                    term(i, v);
                } else if (t.is("nmls") || t.is("nmlsr")) {
                    nmls(i);
                }
            }
        }
    }

    private void integerFigure(int i, double value) {
        if (value != Math.rint(value) || value < 1 || value > 1000) {
            return;
        }
        int n = (int) value;
        if (w(i + 1).equals("/") && num(i + 2) && (w(i + 3).equals("arm") || w(i + 3).equals("arms"))) {
            terms.add(new Term(i, i + 4, n * 12, true));
            return;
        }
        int k = i + 1;
        while (k < i + 5 && startsIn("COUNT_FILLER", k, k + 1)) {
            k++;
        }
        if (n >= 2 && (w(k).equals("payments") || w(k).equals("installments"))) {
            counts.add(new Count(i, k + 1, n));
            return;
        }
        term(i, n);
    }

    private void term(int i, int n) {
        int unit = i + 1;
        boolean years = startsIn("YEAR", unit, unit + 1);
        boolean months = startsIn("MONTH", unit, unit + 1);
        if ((!years && !months) || n < 1 || n > (years ? 50 : 600)) {
            return;
        }
        int end = unit + 1;
        if (endsIn("TERM_EXCL_BEFORE", lo(i, i - 3), i) || startsIn("TERM_EXCL_AFTER", end, hi(i, end + 3))) {
            return;
        }
        boolean arm = startsIn("ARM_WORD", end, hi(i, end + 2));
        String before = w(i - 1);
        boolean preposition = before.equals("for") || before.equals("over") || before.equals("in")
                || before.equals("within") || before.equals("of");
        boolean context = startsIn("TERM_CTX", end, hi(i, end + 3))
                || (preposition ? endsIn("TERM_STRONG", lo(i, i - 5), i - 1) : startsIn("TERM_CTX", lo(i, i - 3), i));
        if (!arm && !context) {
            return;
        }
        terms.add(new Term(i, end, years ? n * 12 : n, arm));
    }

    private void nmls(int i) {
        for (int k = i + 1; k < Math.min(i + 6, tokens.size()); k++) {
            Token t = tokens.get(k);
            if (t.isNumber()) {
                nmls.add(new Nmls(i, k + 1, t.text().replace(".", "")));
                return;
            }
            if (!NMLS_FILLER.contains(t.text())) {
                return;
            }
        }
    }

    private PctKind pctKind(int from, int after) {
        if (startsIn("APR", after, after + 1) || aprBefore(from)) {
            return PctKind.APR;
        }
        if (endsIn("OTHER_RATE", from - 4, from) || startsIn("OTHER_RATE", after, after + 1)) {
            return PctKind.OTHER_RATE;
        }
        if (startsIn("PERIODIC", after, after + 1) && !startsIn("PAYMENT_WORD", after + 1, after + 2)) {
            return PctKind.PERIODIC;
        }
        if (startsIn("POINTS_AFTER", after, after + 1)) {
            return PctKind.POINTS;
        }
        if ((w(after).equals("down") || tagBefore("DOWN_PAYMENT", from, 5) || startsIn("DOWN_PAYMENT", after, after + 3))
                && !startsIn("DPA", after, after + 4)) {
            return PctKind.DOWN;
        }
        if (startsIn("FINANCING_AFTER", after, after + 1)) {
            return PctKind.FINANCING;
        }
        if (startsIn("LTV", after, after + 1) || endsIn("LTV", from - 4, from)) {
            return PctKind.LTV;
        }
        if (startsIn("NONCREDIT_AFTER", after, after + 1) || endsIn("NONCREDIT_BEFORE", from - 2, from)) {
            return PctKind.NONCREDIT;
        }
        if (startsIn("RATE_CTX", lo(from, from - 6), from) || startsIn("RATE_CTX", after, hi(from, after + 4))) {
            return PctKind.RATE;
        }
        return PctKind.NONCREDIT;
    }

    /** "APR: 6.287%", "APR as low as 6.2%": an APR label before the figure with no figure between. */
    private boolean aprBefore(int from) {
        for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
            if (num(k) || w(k).equals("%")) {
                return false;
            }
            if (endsIn("APR", k, k + 1)) {
                return true;
            }
        }
        return false;
    }

    private MoneyKind moneyKind(int from, int after) {
        if ((w(after).equals("down") && !startsIn("DPA", after + 1, after + 3))
                || (tagBefore("DOWN_PAYMENT", from, 5) && !startsIn("DPA", after, after + 2))) {
            return MoneyKind.DOWN;
        }
        if (tagBefore("SAVE", from, 4) || startsIn("SAVE", after, after + 3)
                || reducedBy(from)) {
            return MoneyKind.SAVINGS;
        }
        if ((startsIn("PERIODIC", after, after + 2) && !figureIn(after, after + 1))
                || startsIn("PAYMENT_AFTER", after, after + 1)
                || (tagBefore("PAYMENT_WORD", from, 4) && !tagBefore("DOWN_PAYMENT", from, 6))) {
            return MoneyKind.PAYMENT;
        }
        if (startsIn("LOAN_AFTER", after, hi(from, after + 1))) {
            return MoneyKind.OTHER;
        }
        if ((startsIn("FEE", after, hi(from, after + 3)) && !figureIn(after, after + 3)) || tagBefore("FEE", from, 4)) {
            return MoneyKind.FEE;
        }
        return MoneyKind.OTHER;
    }

    /** NMLS numbers whose first token lies in [from, to); the list is in text order, so binary search. */
    List<Nmls> nmlsBetween(int from, int to) {
        int lo = 0;
        int hi = nmls.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nmls.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Nmls> out = new ArrayList<>();
        for (int i = lo; i < nmls.size() && nmls.get(i).from() < to; i++) {
            out.add(nmls.get(i));
        }
        return out;
    }

    /** An APR figure whose first token lies within distance of the token. */
    boolean aprWithin(int token, int distance) {
        int lo = 0;
        int hi = pcts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pcts.get(mid).from() < token - distance) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < pcts.size() && pcts.get(i).from() <= token + distance; i++) {
            if (pcts.get(i).kind() == PctKind.APR) {
                return true;
            }
        }
        return false;
    }

    private List<PhraseMatcher.Hit>[] sharedHits;

    /** Hits of a rule's matcher in this part; all registered matchers share one scan per part. */
    List<PhraseMatcher.Hit> find(PhraseMatcher m) {
        PhraseMatcher.Shared shared = PhraseMatcher.Shared.INSTANCE;
        int id = m.sharedId;
        if (id < 0 || id >= shared.size) {
            return m.find(tokens);
        }
        if (sharedHits == null) {
            sharedHits = shared.scan(tokens);
        }
        return sharedHits[id];
    }

    private String wordLine;
    private List<int[]> domains;

    List<int[]> domains() {
        if (domains == null) {
            domains = Identity.domains(norm);
        }
        return domains;
    }

    private static final Set<String> FILLER = Set.of("up", "to", "as", "much", "over", "nearly", "almost", "about",
            "around", "roughly", "more", "than");

    /** "lower your payment by (up to) $500": a reduction, not a payment. */
    private boolean reducedBy(int from) {
        int k = from - 1;
        while (k >= 0 && from - k < 5 && FILLER.contains(w(k))) {
            k--;
        }
        return w(k).equals("by") && endsIn("REDUCE", lo(from, k - 5), k);
    }

    /** Normalised words of the part joined by single spaces, for matching names and addresses. */
    String wordLine() {
        if (wordLine != null) {
            return wordLine;
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.SYM) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.text());
            }
        }
        wordLine = sb.toString();
        return wordLine;
    }
}
