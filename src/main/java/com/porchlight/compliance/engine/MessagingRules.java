package com.porchlight.compliance.engine;

import static com.porchlight.compliance.engine.Severity.BLOCK;
import static com.porchlight.compliance.engine.Severity.REVIEW;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Email (CAN-SPAM) and SMS (TCPA) content rules. */
final class MessagingRules {
    private MessagingRules() {
    }

    private record Simple(RuleInfo info, BiConsumer<Creative, Findings> body) implements Rule {
        public void check(Creative c, Findings out) {
            body.accept(c, out);
        }
    }

    private static Rule rule(String id, String title, String cite, Severity s, Channel ch,
            BiConsumer<Creative, Findings> body) {
        return new Simple(new RuleInfo(id, title, cite, s, EnumSet.of(ch), true), body);
    }

    static List<Rule> all() {
        return List.of(
                rule("CANSPAM-HEADER", "Accurate From name identifying the sender", "15 U.S.C. 7704(a)(1)", BLOCK,
                        Channel.EMAIL, MessagingRules::header),
                rule("CANSPAM-SUBJECT", "Subject line must not mislead", "15 U.S.C. 7704(a)(2)", BLOCK,
                        Channel.EMAIL, MessagingRules::subject),
                rule("CANSPAM-AD-ID", "Identify the email as an advertisement", "15 U.S.C. 7704(a)(5)(A)(i)", REVIEW,
                        Channel.EMAIL, MessagingRules::adId),
                rule("CANSPAM-ADDRESS", "Valid physical postal address", "15 U.S.C. 7704(a)(5)(A)(iii);"
                        + " 16 CFR 316.2", BLOCK, Channel.EMAIL, MessagingRules::address),
                rule("CANSPAM-OPTOUT-MECH", "Clear opt-out notice and working mechanism",
                        "15 U.S.C. 7704(a)(3), (a)(5)(A)(ii); 16 CFR 316.5", BLOCK, Channel.EMAIL,
                        MessagingRules::optOut),
                rule("TCPA-SENDER-ID", "SMS identifies the sender", "47 CFR 64.1200(b)(1), (d)(4)", BLOCK,
                        Channel.SMS, MessagingRules::smsSender),
                rule("TCPA-REVOCATION", "SMS says how to opt out", "47 CFR 64.1200(a)(10); FCC 24-24", REVIEW,
                        Channel.SMS, MessagingRules::smsOptOut));
    }

    static String footer(AdvertiserProfile p) {
        if (p.snippets().canSpamFooter() != null) {
            return p.snippets().canSpamFooter();
        }
        PostalAddress a = p.postalAddress();
        return "This email is an advertisement from " + p.displayName() + ", "
                + (a != null ? a.oneLine() : "[street address, city, state ZIP]")
                + ". To stop receiving marketing emails from us, unsubscribe here: [unsubscribe link].";
    }

    private static final Set<String> GOVERNMENT = Set.of("va", "veterans", "dept", "department", "benefits",
            "benefit", "hud", "fha", "federal", "government", "treasury", "irs", "official", "usda", "agency");

    private static void header(Creative c, Findings out) {
        for (PartText p : c.parts) {
            if (p.part.kind() != PartKind.SENDER_NAME) {
                continue;
            }
            boolean advertiser = Identity.namesAdvertiser(p, c.profile);
            for (int i = 0; i < p.size() && !advertiser; i++) {
                if (GOVERNMENT.contains(p.w(i))) {
                    out.tokens(BLOCK, p, i, i + 1, "The From name suggests a government agency or benefits office"
                            + " rather than the advertiser", c.profile.displayName());
                    return;
                }
            }
            if (!advertiser && !namesOfficer(p, c.profile)) {
                boolean otherBrand = !c.profile.names().isEmpty() && namesSomeoneElse(p);
                out.chars(otherBrand ? BLOCK : REVIEW, p, 0, p.original.length(), otherBrand
                        ? "The From name names a business other than the advertiser"
                        : "The From name does not identify the advertiser (legal name, DBA or one of its loan"
                        + " officers)", c.profile.displayName());
            }
        }
    }

    private static final Set<String> GENERIC_SENDER = Set.of("mortgage", "mortgages", "team", "home", "homes",
            "loan", "loans", "lending", "rates", "rate", "your", "the", "our", "news", "updates", "update", "info",
            "support", "service", "services", "desk", "center", "advisor", "advisors", "specialist", "specialists",
            "refinance", "refi", "offers", "deals", "at", "from", "and", "of", "daily", "weekly", "alerts");

    /** A capitalised word that is not generic mortgage vocabulary: probably some other brand. */
    private static boolean namesSomeoneElse(PartText p) {
        for (Token t : p.tokens) {
            if (t.kind() == Token.Kind.WORD && Character.isUpperCase(p.original.charAt(t.start()))
                    && !GENERIC_SENDER.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesOfficer(PartText p, AdvertiserProfile profile) {
        return profile.loanOfficers().stream().anyMatch(o -> !Identity.find(p, Identity.core(o.name())).isEmpty());
    }

    private static final PhraseMatcher FAKE_SUBJECT = new PhraseMatcher()
            .add("BLOCK", "your loan application", "your application", "your approved", "application status",
                    "your approval", "your loan has been", "payment due", "past due", "your loan is approved",
                    "your refinance is approved", "approved refinance", "loan approved", "your loan documents",
                    "your closing", "your statement", "account suspended", "payment reminder", "your payment")
            .add("REVIEW", "final notice", "action required", "urgent", "important notice", "your mortgage account",
                    "your account", "important information about your loan", "notice", "immediate attention",
                    "response required", "time sensitive");

    private static void subject(Creative c, Findings out) {
        for (PartText p : c.parts) {
            if (p.part.kind() != PartKind.SUBJECT) {
                continue;
            }
            String t = p.norm.stripLeading();
            int lead = p.norm.length() - t.length();
            if (t.startsWith("re:") || t.startsWith("fw:") || t.startsWith("fwd:") || t.startsWith("re ")
                    && t.length() > 3 && t.charAt(3) == ':') {
                out.chars(BLOCK, p, lead, lead + t.indexOf(':') + 1, "\"RE:\" or \"FW:\" on a marketing email"
                        + " suggests an existing conversation that did not happen", null);
                continue;
            }
            List<PhraseMatcher.Hit> hits = p.find(FAKE_SUBJECT);
            hits.stream().filter(h -> h.tag().equals("BLOCK")).findFirst().or(() -> hits.stream().findFirst())
                    .ifPresent(h -> out.hit(Severity.valueOf(h.tag()), p, h, "The subject line suggests a"
                            + " transactional or official message (application, approval, notice, account) rather than"
                            + " the advertisement it is", "[Month] rate update from " + c.profile.displayName()));
        }
    }

    private static final PhraseMatcher AD_ID = new PhraseMatcher().add("A", "advertisement", "this is an ad",
            "advertising", "promotional message", "promotional email", "solicitation", "this is a promotion",
            "commercial message", "commercial email", "an ad from", "sponsored", "ad");

    private static void adId(Creative c, Findings out) {
        if (!c.anyPart(p -> !p.find(AD_ID).isEmpty())) {
            out.missing(REVIEW, c.disclosureAnchor(), "The email does not identify itself as an advertisement;"
                    + " that is required unless every recipient gave affirmative consent", "This email is an"
                    + " advertisement.");
        }
    }

    private static void address(Creative c, Findings out) {
        if (!c.anyPart(Identity::hasPostalAddress)) {
            out.missing(BLOCK, c.disclosureAnchor(), "The email has no valid physical postal address (street"
                    + " address, USPS PO box or registered private mailbox)", footer(c.profile));
        }
    }

    private static final PhraseMatcher OPT_OUT = new PhraseMatcher()
            .add("OUT", "unsubscribe", "opt out", "opt-out", "optout", "manage preferences", "email preferences",
                    "stop receiving", "manage your preferences", "update your preferences", "remove me",
                    "communication preferences", "subscription preferences", "remove yourself")
            .add("BARRIER", "log in", "login", "sign in", "password", "ssn", "social security", "account number",
                    "fee", "call us", "mail us", "by mail", "in writing");

    private static void optOut(Creative c, Findings out) {
        boolean found = false;
        for (PartText p : c.parts) {
            List<PhraseMatcher.Hit> hits = p.find(OPT_OUT);
            for (PhraseMatcher.Hit h : hits) {
                if (!h.tag().equals("OUT")) {
                    continue;
                }
                found = true;
                var barrier = hits.stream().filter(b -> b.tag().equals("BARRIER") && Math.abs(b.from() - h.from()) <= 12)
                        .findFirst();
                if (barrier.isPresent()) {
                    out.hit(BLOCK, p, barrier.get(), "Opting out may not require logging in, a fee, personal data"
                            + " beyond the email address, or more than a reply email or one web page",
                            "To stop receiving marketing emails from us, unsubscribe here: [unsubscribe link].");
                    return;
                }
            }
        }
        if (!found) {
            out.missing(BLOCK, c.disclosureAnchor(), "The email has no clear opt-out notice (an unsubscribe link or"
                    + " reply-to-unsubscribe instruction)", footer(c.profile));
        }
    }

    private static void smsSender(Creative c, Findings out) {
        if (c.anyPart(p -> Identity.namesAdvertiser(p, c.profile))) {
            return;
        }
        PartText p = c.disclosureAnchor();
        String name = Identity.core(c.profile.displayName()).isEmpty() ? "[Brand]" : c.profile.displayName();
        out.chars(c.profile.names().isEmpty() ? REVIEW : BLOCK, p, 0, 0, "The text message does not say who is"
                + " sending it; start with the brand or legal name", name + (c.profile.nmlsId() != null
                ? " (NMLS #" + c.profile.nmlsId() + "): " : ": "));
    }

    private static final PhraseMatcher STOP = new PhraseMatcher().add("S", "reply stop", "text stop", "txt stop",
            "send stop", "stop to", "stop 2", "opt out", "optout", "opt-out", "unsubscribe", "reply end",
            "reply quit", "reply cancel", "text end", "reply unsubscribe", "reply revoke", "msg stop", "stop=end",
            "stop = opt out", "stop end", "respond stop", "to stop", "stop receiving", "reply no", "text no");

    private static void smsOptOut(Creative c, Findings out) {
        boolean stated = c.anyPart(p -> !p.find(STOP).isEmpty());
        if (!stated) {
            out.missing(REVIEW, c.disclosureAnchor(), "The text message does not say how to opt out; recipients may"
                    + " revoke consent by any reasonable means and should be told how", " Reply STOP to opt out.");
        }
    }
}
