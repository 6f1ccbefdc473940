package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Severity.BLOCK;
import static com.porchlight.compliance.engine.Severity.REVIEW;
import static com.porchlight.compliance.engine.Severity.WARN;

import com.porchlight.compliance.engine.Figures.Nmls;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/** Identity and licensing: NMLS IDs, state legends, agency names, Equal Housing, current-lender naming. */
final class IdentityRules {
    private IdentityRules() {
    }

    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

    /** A rule written as a lambda: identity rules are short and mostly data lookups. */
    private record Simple(RuleInfo info, BiConsumer<Creative, Findings> body) implements Rule {
        public void check(Creative c, Findings out) {
            body.accept(c, out);
        }
    }

    private static Rule rule(String id, String title, String cite, Severity s, boolean uncertain,
            BiConsumer<Creative, Findings> body) {
        return new Simple(new RuleInfo(id, title, cite, s, ALL, uncertain), body);
    }

    static List<Rule> all() {
        return List.of(
                rule("SAFE-NMLS-STATE", "Company NMLS ID on every ad", "12 CFR 1008.103(b); Cal. Bus. & Prof. Code"
                        + " § 10235.5; COMAR 09.03.06.06(B); N.H. RSA 397-A:14-a; Ohio Adm. Code 1301:8-7-07",
                        BLOCK, false, IdentityRules::companyNmls),
                rule("SAFE-NMLS-BANK-MLO", "A named loan officer shows their own NMLS ID",
                        "12 CFR 1007.105(b); state MLO advertising rules", BLOCK, false, IdentityRules::loanOfficers),
                rule("CA-DRE-LICENSE", "California DRE licence number", "Cal. Bus. & Prof. Code § 10235.5;"
                        + " DRE RE 858", BLOCK, false, (c, out) -> stateLicence(c, out, "CA", "DRE",
                                "department of real estate")),
                rule("CA-CFL-LICENSE", "California Financing Law licence statement", "Cal. Fin. Code § 22162(a)",
                        BLOCK, false, (c, out) -> stateLicence(c, out, "CA", "CFL", "california financing law")),
                rule("NY-LEGEND", "New York licensing legend", "3 NYCRR § 38.2(a)", BLOCK, false,
                        IdentityRules::nyLegend),
                rule("NY-NAME-ADDRESS", "New York: entity name and office street address", "3 NYCRR § 38.2(b)",
                        BLOCK, false, IdentityRules::nyNameAddress),
                rule("FED-NAME-MISUSE", "Federal agency names in sender names and domains",
                        "18 U.S.C. 709; NY DFS website authorization instructions", BLOCK, true,
                        IdentityRules::fedNameMisuse),
                rule("HUD-FHA-LOGO", "FHA logo, HUD seal and \"FHA Approved Lending Institution\"",
                        "HUD Mortgagee Letter 2011-17; HUD Handbook 4000.1; National Housing Act §§ 202, 536",
                        BLOCK, false, IdentityRules::hudFha),
                equalHousing("FAIRHSG-LOGO-FDIC", "12 CFR 338.3(a), 338.4", RegulatorType.FDIC, BLOCK, false),
                equalHousing("FAIRHSG-LOGO-FRB", "Federal Reserve Board Order on Fair Housing Advertising"
                        + " (FRRS 6-1500)", RegulatorType.FRB, BLOCK, false),
                equalHousing("FAIRHSG-LOGO-OCC-SA", "12 CFR 128.4", RegulatorType.OCC_SAVINGS, BLOCK, false),
                equalHousing("FAIRHSG-LOGO-NCUA", "12 CFR 701.31(d)", RegulatorType.NCUA, REVIEW, true),
                equalHousing("FAIRHSG-LOGO-NONBANK", "Fair Housing Act best practice; 24 CFR Part 109 (withdrawn)"
                        + " guidance", RegulatorType.NONBANK, WARN, false),
                rule("FAIRHSG-LOGO-VA", "VA lenders: Equal Housing Opportunity in VA loan ads",
                        "VA Form 26-8812", REVIEW, false, (c, out) -> {
                            boolean vaAd = c.ctx().program() == Program.VA || (c.ctx().program() == null
                                    && (c.allWords().contains(" va ") || c.allWords().contains(" veterans ")
                                    || c.allWords().contains(" irrrl ")));
                            if (c.profile.vaLender() && vaAd && !equalHousingStated(c)) {
                                out.missing(REVIEW, c.disclosureAnchor(), "As a VA lender the advertiser certified that"
                                        + " all residential-financing ads carry an Equal Housing Opportunity logo,"
                                        + " slogan or statement", "Equal Housing Opportunity.");
                            }
                        }),
                rule("REGZ-CURRENT-LENDER", "Using the consumer's current lender's name", "12 CFR 1026.24(i)(4);"
                        + " 12 CFR 1014.3(o)", BLOCK, true, IdentityRules::currentLender));
    }

    // ---- NMLS ----------------------------------------------------------------------------------

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (Character.isDigit(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static Set<String> officerIds(AdvertiserProfile p) {
        Set<String> ids = new HashSet<>();
        p.loanOfficers().forEach(o -> {
            if (o.nmlsId() != null) {
                ids.add(digits(o.nmlsId()));
            }
        });
        return ids;
    }

    private static void companyNmls(Creative c, Findings out) {
        String company = c.profile.nmlsId() == null ? null : digits(c.profile.nmlsId());
        String fix = Identity.core(c.profile.displayName()).isEmpty() ? null
                : c.profile.displayName() + " | NMLS #" + (company == null ? "[NMLS ID]" : company);
        List<Creative.At<Nmls>> found = new ArrayList<>();
        c.parts.forEach(p -> p.nmls.forEach(n -> found.add(new Creative.At<>(p, n))));
        if (found.isEmpty()) {
            out.missing(BLOCK, c.disclosureAnchor(), "The ad does not show the company's NMLS ID; state licensing"
                    + " rules require it on every advertisement", fix);
            return;
        }
        if (company == null || company.isEmpty()) {
            var first = found.get(0);
            out.tokens(REVIEW, first.part(), first.figure().from(), first.figure().to(), "The advertiser profile has"
                    + " no company NMLS ID, so the number in the ad cannot be verified", null);
            return;
        }
        if (found.stream().anyMatch(a -> digits(a.figure().id()).equals(company))) {
            return;
        }
        Set<String> officers = officerIds(c.profile);
        var stranger = found.stream().filter(a -> !officers.contains(digits(a.figure().id()))).findFirst();
        if (stranger.isPresent()) {
            var a = stranger.get();
            out.tokens(BLOCK, a.part(), a.figure().from(), a.figure().to(), "NMLS #" + a.figure().id() + " does not"
                    + " match the advertiser's company NMLS ID " + company, fix);
        } else {
            out.missing(BLOCK, c.disclosureAnchor(), "The ad shows only loan officers' NMLS IDs, not the company's"
                    + " NMLS ID", fix);
        }
    }

    private static final PhraseMatcher LO_TITLES = new PhraseMatcher().add("T", "loan officer", "loan officers",
            "mortgage loan officer", "mortgage consultant", "mlo", "home loan advisor", "mortgage advisor",
            "loan originator", "mortgage loan originator", "loan consultant", "mortgage specialist",
            "home loan specialist", "mortgage banker", "home lending advisor", "loan advisor", "mortgage expert",
            "home loan expert", "lending officer", "mortgage broker", "branch manager", "mortgage adviser",
            "mortgage originator", "home loan consultant", "mortgage planner");
    private static final Set<String> TITLE_ADJECTIVES = Set.of("senior", "sr", "licensed", "your", "lead",
            "executive", "principal", "certified", "vp", "assistant", "area", "regional", "producing");

    private static List<Nmls> nmlsNear(Creative c, PartText p, int from, int to) {
        if (p.part.kind() == PartKind.SENDER_NAME) {
            List<Nmls> all = new ArrayList<>();
            c.parts.forEach(x -> all.addAll(x.nmls));
            return all;
        }
        return p.nmlsBetween(from - 16, to + 17);
    }

    private static void loanOfficers(Creative c, Findings out) {
        String company = c.profile.nmlsId() == null ? "" : digits(c.profile.nmlsId());
        Set<String> knownCores = new HashSet<>();
        for (LoanOfficer lo : c.profile.loanOfficers()) {
            String core = Identity.core(lo.name());
            knownCores.add(core);
            for (PartText p : c.parts) {
                for (PhraseMatcher.Hit h : Identity.find(p, core)) {
                    List<Nmls> near = nmlsNear(c, p, h.from(), h.to());
                    String want = lo.nmlsId() == null ? null : digits(lo.nmlsId());
                    String fix = lo.name() + ", NMLS #" + (want == null ? "[individual NMLS ID]" : want);
                    boolean ok = want != null ? near.stream().anyMatch(n -> digits(n.id()).equals(want))
                            : near.stream().anyMatch(n -> !digits(n.id()).equals(company));
                    if (!ok) {
                        boolean wrong = want != null && near.stream().anyMatch(n -> !digits(n.id()).equals(company));
                        out.hit(BLOCK, p, h, wrong ? lo.name() + " is shown with an NMLS ID that is not theirs ("
                                + want + ")" : lo.name() + " is named without their individual NMLS ID next to the"
                                + " name", fix);
                    }
                }
            }
        }
        for (PartText p : c.parts) {
            for (PhraseMatcher.Hit h : p.find(LO_TITLES)) {
                int[] name = nameNear(p, h);
                if (name == null) {
                    continue;
                }
                String who = p.original.substring(p.charStart(name[0]), p.charEnd(name[1]));
                String whoCore = " " + Identity.core(who) + " ";
                if (knownCores.stream().anyMatch(k -> whoCore.contains(" " + k + " "))) {
                    continue;
                }
                boolean ok = nmlsNear(c, p, Math.min(name[0], h.from()), Math.max(name[1], h.to())).stream()
                        .anyMatch(n -> !digits(n.id()).equals(company));
                if (!ok) {
                    out.tokens(BLOCK, p, name[0], name[1], who + " is named as a loan officer without an individual"
                            + " NMLS ID next to the name", who + ", NMLS #[individual NMLS ID]");
                }
            }
        }
    }

    /** A capitalised two- or three-word name just before the title (skipping "Senior") or just after it. */
    private static int[] nameNear(PartText p, PhraseMatcher.Hit title) {
        int k = title.from() - 1;
        while (k >= 0 && TITLE_ADJECTIVES.contains(p.w(k))) {
            k--;
        }
        int end = k + 1;
        int start = end;
        while (start - 1 >= 0 && end - start < 3 && capitalised(p, start - 1)) {
            start--;
        }
        if (end - start >= 2) {
            return new int[] {start, end};
        }
        start = title.to();
        end = start;
        while (end < p.size() && end - start < 3 && capitalised(p, end)) {
            end++;
        }
        return end - start >= 2 ? new int[] {start, end} : null;
    }

    private static final Set<String> NOT_NAMES = Set.of("call", "contact", "meet", "text", "ask", "email", "our",
            "with", "and", "the", "today", "counselors", "counselor", "team", "officers", "your", "local", "dedicated",
            "experienced", "expert", "top", "award", "winning", "mortgage", "home", "loan", "loans", "nmls", "by",
            "from", "for", "questions", "reach", "visit", "talk", "speak", "hi", "hello", "dear", "thanks", "best");

    private static boolean capitalised(PartText p, int i) {
        Token t = p.tokens.get(i);
        return t.kind() == Token.Kind.WORD && !NOT_NAMES.contains(t.text()) && t.text().length() > 1 && Character.isUpperCase(p.original.charAt(t.start()))
                && !Character.isUpperCase(p.original.charAt(t.end() - 1));
    }

    // ---- state licences ------------------------------------------------------------------------

    private static boolean textContains(Creative c, String needle) {
        String n = Tokenizer.normalise(needle).trim();
        return !n.isEmpty() && c.anyPart(p -> p.norm.contains(n));
    }

    private static void stateLicence(Creative c, Findings out, String state, String type, String phrase) {
        if (!c.ctx().inState(state)) {
            return;
        }
        for (StateLicense l : c.profile.licencesIn(state)) {
            String t = l.type().toLowerCase(Locale.ROOT);
            boolean matches = type.equals("DRE") ? t.contains("dre") || t.contains("real estate")
                    : t.contains("cfl") || t.contains("financing law");
            if (!matches) {
                continue;
            }
            boolean numberShown = textContains(c, l.number());
            boolean phraseShown = textContains(c, phrase);
            if (numberShown && (phraseShown || type.equals("DRE"))) {
                continue;
            }
            String legend = l.legend() != null ? l.legend() : type.equals("DRE")
                    ? "Real Estate Broker, CA Department of Real Estate" : "Loans made or arranged pursuant to a"
                    + " California Financing Law license";
            String fix = legend + ", Lic. #" + l.number() + (c.profile.nmlsId() != null ? ", NMLS #"
                    + c.profile.nmlsId() : "");
            out.missing(BLOCK, c.disclosureAnchor(), "The ad is disseminated in California and the advertiser holds a "
                    + type + " licence, so the ad must show " + (type.equals("DRE")
                    ? "the DRE licence number and NMLS ID" : "the licence under which the loan is made or arranged"),
                    fix);
        }
    }

    private static void nyLegend(Creative c, Findings out) {
        if (!c.ctx().inState("NY")) {
            return;
        }
        List<StateLicense> ny = c.profile.licencesIn("NY");
        if (ny.isEmpty()) {
            return;
        }
        String words = c.allWords();
        boolean kind = words.contains("licensed mortgage banker") || words.contains("registered mortgage broker")
                || words.contains("licensed mortgage broker") || words.contains("registered mortgage banker");
        boolean agency = words.contains("nys") || words.contains("new york state") || words.contains("new york");
        boolean dept = words.contains("financial services") || words.contains("banking department") || words.contains(
                "dfs");
        if (kind && agency && dept) {
            return;
        }
        StateLicense l = ny.get(0);
        String legend = l.legend() != null ? l.legend() : l.type().toLowerCase(Locale.ROOT).contains("broker")
                ? "Registered Mortgage Broker – NYS Department of Financial Services"
                : "Licensed Mortgage Banker – NYS Department of Financial Services";
        out.missing(BLOCK, c.disclosureAnchor(), "The ad runs in New York and the advertiser is NY-licensed, so it"
                + " must carry the NY licensing legend", legend);
    }

    private static void nyNameAddress(Creative c, Findings out) {
        if (!c.ctx().inState("NY")) {
            return;
        }
        boolean name = Identity.namesAdvertiser(c);
        boolean address = c.anyPart(Identity::hasPostalAddress);
        if (name && address) {
            return;
        }
        PostalAddress a = c.profile.postalAddress();
        out.missing(BLOCK, c.disclosureAnchor(), "An ad disseminated in New York must give the entity's name and the"
                + " street address of one of its offices" + (name ? "; the address is missing" : ""),
                c.profile.displayName() + ", " + (a != null ? a.oneLine() : "[office street address]"));
    }

    // ---- agencies ------------------------------------------------------------------------------

    private static final Set<String> AGENCY_WORDS = Set.of("federal", "national", "fha", "hud", "ginnie", "fannie",
            "freddie", "va", "veterans", "department", "dept", "treasury", "government", "gov", "usda");

    private static void fedNameMisuse(Creative c, Findings out) {
        String own = " " + String.join(" ", c.profile.names().stream().map(Identity::core).toList()) + " ";
        for (PartText p : c.parts) {
            if (p.part.kind() == PartKind.SENDER_NAME) {
                for (int i = 0; i < p.size(); i++) {
                    if (AGENCY_WORDS.contains(p.w(i))) {
                        boolean inOwnName = own.contains(" " + p.w(i) + " ");
                        out.tokens(inOwnName ? REVIEW : BLOCK, p, i, i + 1, "The sender name uses \"" + p.w(i)
                                + "\", a word that suggests a federal agency" + (inOwnName ? "; it is part of the"
                                + " advertiser's own name, so confirm the advertiser may lawfully use it" : ""),
                                c.profile.displayName());
                        break;
                    }
                }
            }
            for (int[] d : p.domains()) {
                String domain = p.norm.substring(d[0], d[1]);
                if (domain.endsWith(".gov")) {
                    continue;
                }
                for (String seg : Identity.segments(domain)) {
                    if (AGENCY_WORDS.contains(seg) && !seg.equals("department")) {
                        out.chars(BLOCK, p, d[0], d[1], "The domain \"" + domain + "\" contains \"" + seg + "\","
                                + " which suggests a federal agency", null);
                        break;
                    }
                }
            }
        }
    }

    private static final PhraseMatcher HUD = new PhraseMatcher()
            .add("CLAIM", "fha approved lending institution", "fha approved lender", "fha-approved lender",
                    "approved fha lender", "hud approved lender", "hud-approved lender", "hud approved mortgagee",
                    "fha approved mortgagee")
            .add("SEAL", "hud seal", "fha logo", "seal of hud", "official fha", "official hud", "fha notice",
                    "fha streamline notice", "hud notice", "fha refinance notice", "notice from fha",
                    "notice from hud", "fha program notice");
    private static final PhraseMatcher DISCLAIMER = new PhraseMatcher().add("D", "not acting on behalf of",
            "at the direction of", "not affiliated with", "not a government agency", "not associated with",
            "not endorsed by", "not sponsored by", "no affiliation with", "not acting for");

    private static boolean disclaimed(Creative c) {
        return c.anyPart(p -> !p.find(DISCLAIMER).isEmpty());
    }

    private static void hudFha(Creative c, Findings out) {
        for (PartText p : c.parts) {
            for (PhraseMatcher.Hit h : p.find(HUD)) {
                if (h.tag().equals("SEAL")) {
                    out.hit(BLOCK, p, h, "The FHA logo and the HUD seal may not be used, and a piece may not be"
                            + " styled as an FHA or HUD notice", null);
                } else if (!c.profile.fhaApproved()) {
                    out.hit(BLOCK, p, h, "Only an FHA-approved mortgagee may present itself as FHA-approved or show"
                            + " the \"FHA Approved Lending Institution\" logo; the advertiser profile is not"
                            + " FHA-approved", null);
                } else if (!disclaimed(c)) {
                    out.hit(BLOCK, p, h, "The FHA-approved mark needs a conspicuous disclaimer next to it that the"
                            + " lender is not acting on behalf of HUD, FHA or the federal government",
                            c.profile.displayName() + " is not acting on behalf of or at the direction of HUD/FHA or"
                                    + " the federal government.");
                }
            }
            for (int[] d : p.domains()) {
                String domain = p.norm.substring(d[0], d[1]);
                if (domain.endsWith(".gov")) {
                    continue;
                }
                for (String seg : Identity.segments(domain)) {
                    if (seg.equals("fha") || seg.equals("hud")) {
                        out.chars(BLOCK, p, d[0], d[1], "Domain names must not suggest HUD or FHA", null);
                        break;
                    }
                }
            }
        }
    }

    // ---- Equal Housing -------------------------------------------------------------------------

    private static final PhraseMatcher EHL = new PhraseMatcher().add("E", "equal housing lender",
            "equal housing opportunity", "equal opportunity lender", "equal housing", "ehl logo", "eho logo",
            "equal credit opportunity lender");

    static boolean equalHousingStated(Creative c) {
        return c.anyPart(p -> !p.find(EHL).isEmpty());
    }

    private static Rule equalHousing(String id, String cite, RegulatorType type, Severity s, boolean uncertain) {
        return rule(id, "Equal Housing logo and legend (" + type.name().replace('_', ' ').toLowerCase(Locale.ROOT)
                + ")", cite, s, uncertain, (c, out) -> {
                    RegulatorType actual = c.profile.regulatorType() == null ? RegulatorType.NONBANK
                            : c.profile.regulatorType();
                    if (actual != type || equalHousingStated(c)) {
                        return;
                    }
                    String snippet = c.profile.snippets().equalHousing();
                    String fix = snippet != null ? snippet : type == RegulatorType.NONBANK
                            ? "Equal Housing Opportunity." : "Equal Housing Lender.";
                    out.missing(s, c.disclosureAnchor(), type == RegulatorType.NONBANK
                            ? "Best practice (and required by some states and investors): show the Equal Housing"
                            + " Opportunity logo or statement"
                            : "A " + type.name().replace('_', ' ') + "-supervised lender must show the Equal Housing"
                            + " Lender logotype and legend in dwelling-loan ads (if the logo image is on the creative,"
                            + " the legend text is still expected)", fix);
                });
    }

    // ---- current lender ------------------------------------------------------------------------

    private static final Set<String> NOT_A_LENDER = Set.of("fha", "va", "usda", "conventional", "jumbo", "current",
            "new", "next", "first", "dream", "home", "existing", "monthly", "arm", "heloc", "reverse", "refinance",
            "mortgage", "loan", "loans", "own", "free", "low", "best", "family", "fixed", "adjustable", "future",
            "forever", "perfect", "rate", "personal", "cash", "equity", "mortgages", "student", "auto",
            "credit", "car", "old", "high", "higher", "interest", "payment", "second", "principal", "total",
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
            "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
            "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
            "nevada", "hampshire", "jersey", "mexico", "york", "north", "south", "carolina", "dakota", "ohio",
            "oklahoma", "oregon", "pennsylvania", "rhode", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west", "wisconsin", "wyoming", "american", "local", "hometown", "county", "city");
    private static final PhraseMatcher SERVICERS = new PhraseMatcher()
            .add("S", Identity.SERVICER_NAMES.toArray(String[]::new))
            .add("NO", "loan number", "your loan #", "loan no", "current lender", "current servicer",
                    "your servicer");

    private static void currentLender(Creative c, Findings out) {
        String own = " " + String.join(" | ", c.profile.names().stream().map(Identity::core).toList()) + " ";
        List<Object[]> hits = new ArrayList<>();
        for (PartText p : c.parts) {
            for (PhraseMatcher.Hit h : p.find(SERVICERS)) {
                String name = String.join(" ", p.tokens.subList(h.from(), h.to()).stream().map(Token::text).toList());
                boolean loanNumber = name.startsWith("loan") || name.startsWith("your loan");
                boolean servicer = h.tag().equals("S") && capitalisedWord(p, h.from()) && !ownsName(own, name);
                if (servicer || loanNumber || (h.tag().equals("NO") && mergeField(p, h))) {
                    hits.add(new Object[] {p, h.from(), h.to()});
                }
            }
            for (int i = 0; i + 2 < p.size(); i++) {
                if (!p.w(i).equals("your")) {
                    continue;
                }
                // "your mortgage with BigBank", "your loan from Summit Home Loans"
                int via = p.w(i + 1).equals("home") ? i + 3 : i + 2;
                String noun = p.w(via - 1);
                String prep = p.w(via);
                if ((noun.equals("mortgage") || noun.equals("loan")) && (prep.equals("with") || prep.equals("from")
                        || prep.equals("at")) && via + 1 < p.size() && capitalisedWord(p, via + 1)
                        && !NOT_A_LENDER.contains(p.w(via + 1))) {
                    int k = via + 1;
                    while (k < p.size() && k - via <= 4 && capitalisedWord(p, k)) {
                        k++;
                    }
                    String name = String.join(" ", p.tokens.subList(via + 1, k).stream().map(Token::text).toList());
                    if (!ownsName(own, name)) {
                        hits.add(new Object[] {p, via + 1, k});
                    }
                }
                int k = i + 1;
                while (k < p.size() && k - i <= 4 && capitalisedWord(p, k)) {
                    k++;
                }
                if (k > i + 1 && (p.w(k).equals("mortgage") || p.w(k).equals("loan") || p.w(k).equals("servicer"))
                        && !NOT_A_LENDER.contains(p.w(i + 1))) {
                    String name = String.join(" ", p.tokens.subList(i + 1, k).stream().map(Token::text).toList());
                    if (!ownsName(own, name) && !Identity.SERVICER_NAMES.contains(name)) {
                        hits.add(new Object[] {p, i + 1, k});
                    }
                }
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        boolean named = Identity.namesAdvertiser(c);
        boolean disclaimer = disclaimed(c);
        if (named && disclaimer) {
            return;
        }
        Object[] h = hits.get(0);
        out.tokens(BLOCK, (PartText) h[0], (int) h[1], (int) h[2], "The ad names or targets the consumer's current"
                + " lender or loan; it must name the advertiser with equal prominence and clearly say the advertiser"
                + " is not affiliated with or acting for that lender" + (named ? "" : " (the advertiser's name is"
                + " missing)") + (disclaimer ? "" : " (the not-affiliated statement is missing)"),
                c.profile.displayName() + " is not affiliated with, or acting on behalf of, your current lender.");
    }

    private static boolean ownsName(String own, String name) {
        return own.contains(" " + name + " ") || own.contains(" " + name) && name.length() > 3;
    }

    private static boolean mergeField(PartText p, PhraseMatcher.Hit h) {
        int s = p.charStart(h.from());
        return s > 0 && "{[%<".indexOf(p.original.charAt(s - 1)) >= 0;
    }

    private static boolean capitalisedWord(PartText p, int i) {
        Token t = p.tokens.get(i);
        return t.kind() == Token.Kind.WORD && Character.isUpperCase(p.original.charAt(t.start()));
    }
}
