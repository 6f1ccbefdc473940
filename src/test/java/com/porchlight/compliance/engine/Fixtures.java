package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A typical nonbank lender and helpers that run the engine on a few lines of copy. */
final class Fixtures {
    private Fixtures() {
    }

    static final AdvertiserProfile ACME = new AdvertiserProfile("Acme Home Loans, LLC", List.of("Acme Mortgage"),
            "1234567", RegulatorType.NONBANK, true, true,
            new PostalAddress("100 Main St", "Austin", "TX", "78701"),
            List.of(new StateLicense("CA", "DRE", "01234567", "Real Estate Broker, CA Department of Real Estate"),
                    new StateLicense("CA", "CFL", "60DBO-12345", "Loans made or arranged pursuant to a California"
                            + " Financing Law license"),
                    new StateLicense("NY", "Licensed Mortgage Banker", "B500123",
                            "Licensed Mortgage Banker – NYS Department of Financial Services")),
            List.of(new LoanOfficer("Jane Doe", "765432"), new LoanOfficer("John Smith", "111222")),
            new DisclosureSnippets("Equal Housing Opportunity.", null));

    static final CreativeContext ANY = CreativeContext.unknown();

    static CreativeContext ctx(RateType rate) {
        return new CreativeContext(Set.of(), null, null, null, rate, null);
    }

    static CreativeContext ctx(LoanPurpose purpose) {
        return new CreativeContext(Set.of(), null, purpose, null, null, null);
    }

    static List<Finding> run(Channel ch, CreativeContext ctx, TextPart... parts) {
        return ComplianceEngine.check(new CreativeInput(ch, List.of(parts), ctx), ACME);
    }

    static List<Finding> body(String text) {
        return run(Channel.DISPLAY_AD, ANY, TextPart.of(PartKind.BODY, text));
    }

    static List<Finding> body(CreativeContext ctx, String text) {
        return run(Channel.DISPLAY_AD, ctx, TextPart.of(PartKind.BODY, text));
    }

    static List<Finding> of(List<Finding> findings, String ruleId) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.ruleId().equals(ruleId)) {
                out.add(f);
            }
        }
        return out;
    }

    static Set<String> ids(List<Finding> findings) {
        return new java.util.TreeSet<>(findings.stream().map(Finding::ruleId).toList());
    }

    /** The identity lines a compliant Acme display ad carries, so tests isolate the rule under test. */
    static final String IDENTITY = " Acme Home Loans, LLC | NMLS #1234567 | Equal Housing Opportunity.";
}
