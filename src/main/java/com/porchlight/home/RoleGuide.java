package com.porchlight.home;

import com.porchlight.security.Roles;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What each role does in Porchlight, as the home page lists it. A task with a route is available now; a task without
 * one is planned and shown as such, never as a dead link.
 */
public final class RoleGuide {

    public record Task(String text, @Nullable String route) {
        public boolean available() {
            return route != null;
        }
    }

    public record Guide(String role, String roleLabel, String summary, List<Task> tasks) {
    }

    private RoleGuide() {
    }

    public static List<Guide> forRoles(List<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).map(RoleGuide::guide).toList();
    }

    static Guide guide(String role) {
        return switch (role) {
            case Roles.ADMIN -> new Guide(role, Roles.label(role), "Run the console for your team.", List.of(
                    new Task("Add people, give them roles, disable leavers and reset passwords", "admin/users"),
                    new Task("Route leads by hand to loan officers licensed in the borrower's state", "leads"),
                    new Task("Review every sign-in, failed attempt and lockout", "admin/sign-ins"),
                    new Task("Keep the advertiser profile: legal name, NMLS ID, licences, address",
                            "compliance/advertiser"),
                    new Task("Create and revoke API keys for the tools that call Porchlight", "admin/api-keys"),
                    new Task("Set up lead sources and issue lead vendors their intake API keys", "lead-sources"),
                    new Task("Export a creative's approval record for an examiner", "creatives/export")));
            case Roles.CMO -> new Guide(role, Roles.label(role), "Approve what runs and watch what it returns.",
                    List.of(
                            new Task("See every lead by stage, source and loan officer, with speed to lead", "leads"),
                            new Task("Approve creatives after compliance sign-off, oldest first", "reviews"),
                            new Task("Set when quoted rates go stale, the review SLA and which channels need you",
                                    "creatives/settings"),
                            new Task("Export a creative's full approval record for an examiner", "creatives/export"),
                            new Task("Publish lead-scoring changes after a what-if review", "scoring"),
                            new Task("Watch the funnel: cost per lead, speed to lead, cost per funded loan", null),
                            new Task("Set up lead sources, what each costs and how its leads are routed",
                                    "lead-sources")));
            case Roles.COMPLIANCE -> new Guide(role, Roles.label(role),
                    "Sign off every creative before it reaches a borrower.", List.of(
                            new Task("Pre-check any copy against Reg Z, SAFE Act, CAN-SPAM, TCPA and RESPA",
                                    "compliance/check"),
                            new Task("Keep the advertiser profile: NMLS IDs, licences, disclosures",
                                    "compliance/advertiser"),
                            new Task("Switch rules off or change their severity, with a recorded reason",
                                    "compliance/rules"),
                            new Task("Read any lead's consent evidence and stage history", "leads"),
                            new Task("Sign off every creative before it runs: claim, check, override or request changes",
                                    "reviews"),
                            new Task("Show an examiner exactly what ran and who approved it", "creatives/export"),
                            new Task("Set when quoted rates go stale, the review SLA and which channels need a CMO",
                                    "creatives/settings")));
            case Roles.MARKETER -> new Guide(role, Roles.label(role), "Find the right borrowers and reach them.",
                    List.of(
                            new Task("Filter leads and export email, SMS and call lists of consenting borrowers",
                                    "leads"),
                            new Task("Import purchased lists from CSV, with a report of every rejected row",
                                    "leads/import"),
                            new Task("Build lead segments, including the rate trigger", "segments"),
                            new Task("Check ad, email and SMS copy against the compliance rules as you write",
                                    "compliance/check"),
                            new Task("Enter today's market rates", "rates"),
                            new Task("Write emails, texts, ads and print with a live pre-check, and send them for sign-off",
                                    "creatives"),
                            new Task("Tune lead-scoring weights and the MQL threshold", "scoring")));
            case Roles.LOAN_OFFICER -> new Guide(role, Roles.label(role),
                    "Work your leads and co-market with partner agents.", List.of(
                            new Task("Work your assigned leads: mark them contacted, record opt-outs", "leads"),
                            new Task("See why each of your leads scores as it does", "leads"),
                            new Task("Use approved co-branded kits with your realtor partners", null)));
            default -> throw new IllegalArgumentException("Unknown role " + role);
        };
    }
}
