package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Severity.BLOCK;
import static com.porchlight.compliance.engine.Severity.REVIEW;
import static com.porchlight.compliance.engine.Severity.WARN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules decided by wording: Reg Z (i) misrepresentations, Reg N, UDAAP, fair-lending content,
 * government-programme implications, RESPA wording and FCRA prescreen language. Each entry names
 * its phrases and the near-misses from the catalog that must not fire.
 */
final class WordingRules {
    private WordingRules() {
    }

    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

    private static RuleInfo info(String id, String title, String cite, Severity s, boolean uncertain) {
        return new RuleInfo(id, title, cite, s, ALL, uncertain);
    }

    /** Words that turn "pre-approved" or "you qualify" into an invitation rather than a claim. */
    private static final String[] INVITATION = {"get", "getting", "become", "be", "if", "whether", "how", "apply",
        "started", "can", "could", "may", "might", "to", "see", "find", "out", "check", "fast", "quick", "quickly",
        "easy", "online", "free", "start"};

    static boolean governmentProgram(Creative c) {
        return c.memo("governmentProgram", () -> computeGovernmentProgram(c));
    }

    private static boolean computeGovernmentProgram(Creative c) {
        Program p = c.ctx().program();
        if (p != null) {
            return p == Program.FHA || p == Program.VA || p == Program.USDA;
        }
        String words = c.allWords();
        return words.contains(" fha ") || words.contains(" va ") || words.contains(" usda ")
                || words.contains(" veterans ") || words.contains(" irrrl ");
    }

    /** BLOCK when the copy calls a principal-and-interest figure "total"; otherwise the claim needs review. */
    static Severity totalIsPrincipalAndInterest(Creative c) {
        String words = c.allWords();
        boolean pAndI = words.contains(" p i ") || words.contains("principal and interest")
                || words.contains("principal interest") || words.contains(" pi ");
        boolean includesTi = words.contains("piti") || words.contains("includes taxes")
                || words.contains("including taxes") || words.contains("include taxes");
        return pAndI && !includesTi ? BLOCK : REVIEW;
    }

    static List<Rule> all() {
        return List.of(
                new PhraseRule(info("REGZ-GOVT", "Government endorsement misrepresentation",
                        "12 CFR 1026.24(i)(3); 12 CFR 1014.3(n)", BLOCK, false))
                        .tier(c -> governmentProgram(c) ? REVIEW : BLOCK, "The wording implies a government"
                                + " program, endorsement or notice; that is prohibited unless the loan really is an"
                                + " FHA, VA, USDA or other government-sponsored program, and even then must not imply"
                                + " the lender is the government",
                                "government loan program", "government program", "government refinance program",
                                "government refinance", "government-supported", "government supported",
                                "government backed", "government-sponsored", "government sponsored",
                                "federal program", "federal mortgage relief", "federal relief",
                                "federal homeowner relief", "federal housing notice", "stimulus refinance",
                                "stimulus program", "stimulus", "obama refi", "biden refi", "trump refi",
                                "obama refinance", "biden refinance", "trump refinance", "harp", "harp program",
                                "official notice", "endorsed by hud", "endorsed by fha", "endorsed by va",
                                "endorsed by the government", "federally approved program", "approved by hud",
                                "approved by the government", "government approved", "government-approved",
                                "federal government program", "relief program", "mortgage relief program",
                                "department of housing", "trusted by hud", "backed by the government",
                                "government approved lender", "government-approved lender", "federal stimulus",
                                "government grant", "federal grant")
                        .fix("[Lender] is not a government agency and is not acting on behalf of HUD, FHA, VA or any"
                                + " government entity."),
                new PhraseRule(info("REGZ-DEBT-ELIM", "Misleading debt-elimination claims",
                        "12 CFR 1026.24(i)(5); 12 CFR 1014.3(m)", BLOCK, false))
                        .tier(BLOCK, "The ad claims the loan will eliminate or forgive debt; a refinance moves debt"
                                + " into the new loan, it does not eliminate it",
                                "eliminate your debt", "eliminate debt", "eliminate all your debt",
                                "eliminate your credit card debt", "erase your debt", "erase debt", "wipe out",
                                "debt forgiveness", "forgive your debt", "debt forgiven", "freedom from debt",
                                "get rid of your debt", "get rid of debt", "debt eliminated", "eliminates debt",
                                "eliminate your debts", "erase your debts")
                        .tier(REVIEW, "A debt-free or get-out-of-debt claim may mislead about what a refinance does"
                                + " to existing debt", "debt free", "debt-free", "get out of debt", "become debt free",
                                "be debt free", "out of debt", "goodbye to debt", "no more debt", "debt forever",
                                "end your debt", "end debt")
                        .notAfter(2, "not", "won't", "never")
                        .fix("Use a cash-out refinance to consolidate higher-rate debt into one payment; you will still"
                                + " owe the new loan."),
                new PhraseRule(info("REGZ-COUNSELOR", "\"Counselor\" used for a for-profit lender's staff",
                        "12 CFR 1026.24(i)(6)", BLOCK, false))
                        .tier(BLOCK, "A for-profit broker or creditor may not call its staff counselors",
                                "counselor", "counselors", "counsellor", "counsellors")
                        .notAfter(4, "hud", "independent", "nonprofit", "non", "third", "counseling")
                        .clearedBy("hud approved housing counseling", "hud-approved housing counseling agency")
                        .fix("Call one of our licensed loan officers."),
                new PhraseRule(info("REGN-NO-COST", "Fees and no-cost claims", "12 CFR 1014.3(c)", REVIEW, false))
                        .tier(REVIEW, "A no-cost or no-fee claim must be true: costs paid through a higher rate or"
                                + " financed into the loan must be disclosed",
                                "no closing costs", "no closing cost", "zero closing costs", "$ 0 closing costs",
                                "$ 0 closing cost", "no fees", "no lender fees", "$ 0 to close", "no out of pocket",
                                "no out-of-pocket", "no cost refinance", "no cost refi", "no-cost", "no cost loan",
                                "free closing", "no costs", "zero fees", "$ 0 fees", "nothing out of pocket",
                                "no closing fees", "zero cost", "no cost")
                        .clearedBy("third party", "third-party", "still apply", "higher rate", "higher interest rate",
                                "lender credit", "in exchange", "rolled into", "added to your loan", "financed into")
                        .fix("No-closing-cost option: the lender credit that covers closing costs comes with a higher"
                                + " interest rate; third-party costs and escrows may still apply."),
                new PhraseRule(info("REGN-TI", "Taxes and insurance in the payment", "12 CFR 1014.3(e)", REVIEW, false))
                        .tier(WordingRules::totalIsPrincipalAndInterest, "A 'total' payment must really include"
                                + " taxes and insurance; here the copy itself says the figure is principal and"
                                + " interest only, or says nothing about taxes and insurance",
                                "total monthly payment", "total payment", "all in payment", "all-in payment",
                                "total housing payment")
                        .tier(REVIEW, "A claim about taxes, insurance or escrow in the payment must be accurate",
                                "no escrow required", "no escrow", "no escrows", "taxes and insurance included",
                                "includes taxes and insurance", "everything included")
                        .fix("$[amount] principal and interest; taxes and insurance are additional."),
                new PhraseRule(info("REGN-PAYMENTS", "Existence, number or timing of payments", "12 CFR 1014.3(k)",
                        REVIEW, false))
                        .tier(c -> c.isHeloc() ? REVIEW : BLOCK, "A forward mortgage always has payments; a claim of"
                                + " never paying is false", "never make a mortgage payment again",
                                "never make another mortgage payment", "no mortgage payments ever",
                                "no more mortgage payments", "no monthly mortgage payments", "never pay a mortgage")
                        .tier(REVIEW, "Skipped or deferred payments are deferred, not waived; interest accrues",
                                "skip <n> mortgage payments", "skip <n> payments", "skip a payment", "skip your next",
                                "skip two payments", "skip 2 payments", "skip a mortgage payment", "no payments for",
                                "no payment for", "no mortgage payment for", "payment holiday", "miss a payment",
                                "skip two mortgage payments", "skip your mortgage payment", "skip the next",
                                "no payments until", "defer your payments", "skip up to")
                        .fix("Your first payment is typically due about 30–60 days after closing; interest accrues"
                                + " from closing."),
                new PhraseRule(info("REGN-APPROVAL", "Likelihood of approval or preapproval", "12 CFR 1014.3(q), (r)",
                        BLOCK, false))
                        .tier(BLOCK, "Approval cannot be promised for underwritten credit", GUARANTEE)
                        .notAfter(2, "not", "no", "never", "isn't")
                        .tier(REVIEW, "A claim that the consumer is already approved or qualifies must be true and"
                                + " documented (and, if from a credit list, a firm offer)", PREAPPROVED)
                        .notAfter(3, INVITATION)
                        .fix("Apply today; subject to credit approval."),
                new PhraseRule(info("UDAAP-GUARANTEE", "Guaranteed approval", "12 CFR 1014.3(q); 12 U.S.C. 5531, 5536",
                        BLOCK, false))
                        .tier(BLOCK, "A guaranteed or universal approval claim is deceptive for underwritten credit",
                                GUARANTEE)
                        .notAfter(2, "not", "no", "never", "isn't", "don't", "doesn't", "cannot", "can't", "won't")
                        .fix("Apply in minutes; subject to credit approval."),
                new PhraseRule(info("UDAAP-LOWEST", "Superlative or comparative claims",
                        "12 U.S.C. 5531, 5536; FTC Act § 5; 12 CFR 1014.3(b), (c)", REVIEW, false))
                        .tier(REVIEW, "A lowest / best / number-one claim needs substantiation on file before it runs",
                                "lowest rate", "lowest rates", "lowest mortgage rate", "lowest mortgage rates",
                                "best rate", "best rates", "best mortgage rate", "best mortgage rates", "# 1 lender",
                                "number one lender", "no 1 lender", "beat any rate", "beat any", "lowest fees",
                                "lowest cost", "lowest closing costs", "cheapest", "unbeatable rate",
                                "unbeatable rates", "best price", "best deal", "lowest payment", "lowest payments",
                                "# 1 mortgage", "# 1 in", "lowest apr", "best apr", "beat your", "we'll beat",
                                "we will beat", "lowest price", "rock bottom", "best lender", "top lender", "best pricing", "lowest pricing",
                                "best terms", "best mortgage", "best loan")
                        .fix("Competitive rates — see today's rates and terms at [link]."),
                new PhraseRule(info("UDAAP-URGENCY", "False urgency", "12 U.S.C. 5531, 5536", REVIEW, false))
                        .tier(REVIEW, "Urgency wording implies a deadline; it must be real and dated",
                                "final notice", "act within", "act now", "expires", "expiring", "time sensitive",
                                "time-sensitive", "benefit deadline", "deadline", "last chance", "urgent",
                                "immediate action", "respond by", "respond immediately", "act immediately",
                                "before it's too late", "don't miss out", "ends soon", "expire", "second notice",
                                "last notice", "action required")
                        .unlessDated()
                        .fix("Rate lock offer valid through [MM/DD/YYYY]."),
                new PhraseRule(info("UDAAP-PREAPPROVED", "Preapproval claims", "12 CFR 1014.3(q); 12 U.S.C. 5531",
                        REVIEW, false))
                        .tier(REVIEW, "A preapproval or pre-selection claim is true only after underwriting or a"
                                + " prescreened firm offer", PREAPPROVED)
                        .notAfter(3, INVITATION)
                        .fix("Get pre-approved — apply today; subject to credit approval."),
                new PhraseRule(info("UDAAP-NO-CREDIT-CHECK", "No-credit-check claims", "12 U.S.C. 5531, 5536",
                        BLOCK, false))
                        .tier(BLOCK, "Mortgages are underwritten; a no-credit-check or credit-doesn't-matter claim is"
                                + " almost always false", "no credit check", "no credit checks",
                                "credit doesn't matter", "credit does not matter", "bad credit ok", "bad credit okay",
                                "any credit ok", "no credit needed", "no credit required", "regardless of credit",
                                "credit is not a factor", "credit not a factor", "without a credit check",
                                "no credit? no problem", "no credit no problem", "credit won't matter",
                                "approved regardless of credit", "all credit accepted")
                        .fix("Checking your rate won't affect your credit score; approval is subject to a credit"
                                + " review."),
                new PhraseRule(info("UDAAP-SAVINGS-CLAIM", "Savings claims", "12 U.S.C. 5531, 5536;"
                        + " 12 CFR 1026.24(i)(2)", REVIEW, false))
                        .tier(REVIEW, "A savings or payment-reduction figure needs a documented basis and a full-term"
                                + " comparison", "save $", "save up to $", "saving $", "savings of $", "saves $",
                                "lower your payment by", "lower your monthly payment by", "reduce your payment by",
                                "cut your payment by", "drop your payment by", "lower your payments by",
                                "save thousands", "save hundreds", "in savings", "savings of up to",
                                "reduce your monthly payment by", "cut your rate in half", "save big")
                        .fix("See if a refinance could lower your payment."),
                new PhraseRule(info("UDAAP-FREE", "\"Free\" attached to credit", "12 CFR 1026.16(d)(5);"
                        + " 12 U.S.C. 5531, 5536", BLOCK, true))
                        .tier(BLOCK, "Credit is never free money", "free money", "free cash", "money for free",
                                "free equity", "free loan", "free mortgage")
                        .tier(WARN, "\"Free\" next to a credit term may mislead; make sure nothing is charged for it"
                                + " elsewhere", "free refinance", "free refi", "free appraisal", "free closing",
                                "free credit", "free financing", "free points", "free home loan", "free rate lock",
                                "free float down", "free lock")
                        .notAfter(1, "fee", "toll", "hassle", "stress", "worry", "debt", "paper")
                        .fix("Free rate quote."),
                new PhraseRule(info("FAIRHSG-DISCRIM-CONTENT", "Discriminatory preference in words",
                        "24 CFR 100.75; 42 U.S.C. 3604(c); 12 CFR 1002.4(b), comment 4(b)-1", BLOCK, false))
                        .tier(BLOCK, "The wording expresses a preference or exclusion on a prohibited basis",
                                "adults only", "no kids", "no children", "young professionals only",
                                "for young professionals only", "english speakers only",
                                "must speak english", "no section 8", "no public assistance", "no disability income",
                                "no ssi", "no ssdi", "employment income only", "income from employment only",
                                "job income only", "singles only", "no families", "christians only", "whites only",
                                "no immigrants", "citizens only", "no foreigners", "able bodied", "no wheelchairs",
                                "married couples only", "no seniors", "under <n> only", "men only", "women only",
                                "no welfare", "no alimony")
                        .tier(REVIEW, "A descriptor may signal a discriminatory preference or discourage applicants",
                                "perfect for young professionals", "ideal for young professionals",
                                "ideal for empty nesters", "perfect for empty nesters", "christian lender",
                                "exclusive neighborhood", "safe neighborhood", "safe neighborhoods",
                                "exclusive community", "family neighborhood", "mature adults", "young couples",
                                "traditional families", "bachelor pad", "walking distance to church",
                                "good neighborhood", "good neighborhoods", "integrated neighborhood", "english only")
                        .fix("Home loans for every qualified borrower. Equal Housing Opportunity."),
                new PhraseRule(info("VA-GOVT-IMPLY", "VA loan ads must not imply VA or government authorship",
                        "67 FR 9402 (38 CFR Part 36); 12 CFR 1026.24(i)(3); 12 CFR 1014.3(n)", BLOCK, false))
                        .tier(BLOCK, "The wording implies the piece comes from or at the direction of the Department"
                                + " of Veterans Affairs", "va form", "form va", "va notice", "va benefit notice",
                                "va benefits notice", "official va", "va approved program", "va-approved program",
                                "your va benefit expires", "your va benefits expire", "va benefit expires",
                                "va benefits expire", "va benefit deadline", "va entitlement notice",
                                "department of veterans affairs notice", "va loan notice", "va refinance notice",
                                "irrrl notice", "official veterans", "va eligibility notice",
                                "notice of va", "va benefit letter", "on behalf of the va", "va seal", "seal of the department of"
                                + " veterans affairs", "department of veterans affairs seal", "va logo", "official va logo")
                        .fix("[Lender] offers VA-guaranteed home loans. We are not affiliated with or endorsed by the"
                                + " U.S. Department of Veterans Affairs."),
                new PhraseRule(info("RESPA-MSA", "Preferred / recommended lender wording",
                        "12 CFR 1024.14(g)(1)(iv), (g)(2); CFPB RESPA Section 8 FAQs (2020)", REVIEW, true))
                        .tier(REVIEW, "\"Preferred\", \"recommended\" or \"exclusive\" lender wording in partner"
                                + " creative needs a marketing-services agreement with fair-market-value support on"
                                + " file", "preferred lender", "preferred lenders", "recommended lender",
                                "exclusive lender", "our preferred", "preferred mortgage partner",
                                "preferred loan officer", "recommended mortgage", "preferred partner",
                                "recommended loan officer", "exclusive mortgage partner", "preferred mortgage lender",
                                "exclusive partner", "preferred mortgage")
                        .fix("Acme Home Loans — one of several lenders you may choose."),
                new PhraseRule(info("RESPA-ABA", "Affiliated business: no required use", "12 CFR 1024.15;"
                        + " App. B illustrations 7–11", REVIEW, true))
                        .tier(BLOCK, "Requiring the consumer to use an affiliated settlement provider is prohibited",
                                "must use our", "must use", "required to use our", "you must close with",
                                "only when you close with", "only if you close with", "only when you use",
                                "only if you use our", "when you close with our affiliated", "buyers must use",
                                "must close with", "requires use of", "required to close with")
                        .notAfter(2, "not", "never", "aren't", "isn't")
                        .tier(REVIEW, "Promoting an affiliate's settlement services needs the affiliated business"
                                + " arrangement disclosure at or before referral", "our affiliated", "our affiliate",
                                "affiliated title", "affiliated company", "affiliated mortgage",
                                "affiliated business", "sister company", "in-house title", "in house title")
                        .clearedBy("not required to use", "you are not required", "not required to")
                        .fix("Ask about our affiliated title services; you are not required to use them."),
                new PhraseRule(info("FCRA-PRESCREEN", "Prescreened-offer wording", "15 U.S.C. 1681b(c), 1681m(d);"
                        + " 12 CFR 1022.54", REVIEW, true))
                        .tier(REVIEW, "Pre-selection wording suggests a prescreened offer from consumer-report data;"
                                + " it must be a firm offer with the prescreen opt-out notices",
                                "pre-selected", "preselected", "pre selected", "you have been selected",
                                "you've been selected", "you were selected", "based on your credit",
                                "pre-screened", "prescreened", "based on your credit profile",
                                "based on your credit history", "based on your credit report",
                                "you have been pre-approved", "you've been pre-approved", "you're pre-approved",
                                "you are pre-approved", "you have been preapproved", "you're preapproved",
                                "you've been preapproved", "you are preapproved")
                        .fix("PRESCREEN & OPT-OUT NOTICE: This \"prescreened\" offer of credit is based on information"
                                + " in your credit report... To opt out call 1-888-5-OPT-OUT (1-888-567-8688) or visit"
                                + " www.optoutprescreen.com."));
    }

    private static final String[] GUARANTEE = {"guaranteed approval", "approval guaranteed", "100 % approval",
        "no one is turned down", "nobody is turned down", "no one turned down", "nobody turned down",
        "everyone approved", "everyone is approved", "everyone qualifies", "everybody qualifies",
        "instant approval", "guaranteed home loan", "guaranteed loan", "guaranteed mortgage",
        "approved regardless of credit", "guaranteed to qualify", "all applicants approved",
        "approval is guaranteed", "can't be turned down", "cannot be turned down", "guaranteed financing",
        "guaranteed refinance", "guaranteed approvals", "anyone can qualify", "anyone qualifies",
        "everyone gets approved", "100 % approved", "modification guaranteed", "guaranteed modification",
        "automatic approval", "guaranteed acceptance", "approval in <n> hours guaranteed",
        "approved in <n> hours guaranteed", "approval in <n> hours, guaranteed", "guaranteed to be approved",
        "approval guarantee", "100 % guaranteed approval", "zero rejections", "no rejections", "never turned down",
        "guarantee approval", "guarantee your approval", "guarantee you will be approved", "guarantee you get approved",
        "guarantee everyone", "approval for every applicant", "approval for everyone", "approve every applicant",
        "approve everyone", "approves everyone", "every applicant approved", "every applicant is approved",
        "guaranteed to get approved", "we never say no", "never say no"};

    private static final String[] PREAPPROVED = {"pre-approved", "preapproved", "pre approved", "pre-qualified",
        "prequalified", "pre qualified", "pre-selected", "preselected", "you qualify", "already approved",
        "you have been approved", "you've been approved", "you're approved", "you are approved",
        "your refinance has been approved", "your refinance is approved", "you are qualified", "you're qualified"};
}
