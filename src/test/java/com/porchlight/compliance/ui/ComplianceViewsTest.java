package com.porchlight.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.porchlight.KaribuTest;
import com.porchlight.audit.AuditLog;
import com.porchlight.compliance.AdvertiserProfileService;
import com.porchlight.compliance.ComplianceService;
import com.porchlight.compliance.ProfileForm;
import com.porchlight.compliance.RuleSettingsService;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.CreativeContext;
import com.porchlight.compliance.engine.CreativeInput;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.PartKind;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.compliance.engine.TextPart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ComplianceViewsTest extends KaribuTest {

    @Autowired
    ComplianceService compliance;
    @Autowired
    RuleSettingsService ruleSettings;
    @Autowired
    AdvertiserProfileService profiles;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    com.porchlight.security.UserService users;

    private ComplianceCheckView openCheck() {
        login(MARKETER);
        UI.getCurrent().navigate("compliance/check");
        return (ComplianceCheckView) UI.getCurrent().getCurrentView();
    }

    private static boolean has(ComplianceCheckView view, String ruleId) {
        return view.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    @Test
    void typing_copy_shows_findings_highlighted_and_the_suggested_disclosure_fixes_them() {
        ComplianceCheckView view = openCheck();
        _setValue(view.channel, Channel.SOCIAL_AD);
        _setValue(view.field(PartKind.BODY), "Refinance today at 5.99% fixed for 30 years!");

        assertThat(has(view, "REGZ-RATE-APR")).isTrue();
        assertThat(has(view, "SAFE-NMLS-STATE")).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("pl-verdict")).getText()).startsWith("Blocked");
        assertThat(_find(Span.class, spec -> spec.withClasses("pl-mark-block"))).extracting(Span::getText)
                .contains("5.99%");

        Finding nmls = view.findings().stream().filter(f -> f.ruleId().equals("SAFE-NMLS-STATE")).findFirst()
                .orElseThrow();
        assertThat(nmls.suggestion()).contains("NMLS #1002003");
        Div card = _find(Div.class, spec -> spec.withClasses("pl-finding")).stream()
                .filter(d -> d.getElement().getTextRecursively().contains("SAFE-NMLS-STATE")).findFirst()
                .orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Insert suggested text")));

        assertThat(has(view, "SAFE-NMLS-STATE")).isFalse();
        String copy = view.field(PartKind.BODY).getValue() + view.field(PartKind.DISCLOSURES).getValue();
        assertThat(copy).contains("NMLS #1002003");
    }

    @Test
    void clean_fully_disclosed_copy_is_not_blocked() {
        ComplianceCheckView view = openCheck();
        _setValue(view.channel, Channel.PRINT);
        _setValue(view.field(PartKind.BODY), "Thinking about a new home? Our loan officers are here to help you"
                + " understand your options.");
        _setValue(view.field(PartKind.DISCLOSURES), "Harbor Light Home Loans, LLC | NMLS #1002003."
                + " Equal Housing Opportunity.");
        assertThat(view.findings()).as("clean, fully disclosed copy").allMatch(f -> f.severity() == Severity.WARN);
        assertThat(_get(Span.class, spec -> spec.withClasses("pl-verdict")).getText()).startsWith("Clear");
    }

    @Test
    void a_compliance_officer_downgrades_a_rule_with_a_reason_and_findings_say_so() {
        authenticateAs(COMPLIANCE);
        var row = ruleSettings.list().stream().filter(r -> r.info().id().equals("UDAAP-URGENCY")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> ruleSettings.change("UDAAP-URGENCY", true, Severity.WARN, "too short",
                row.version())).hasMessageContaining("at least 10 characters");
        var changed = ruleSettings.change("UDAAP-URGENCY", true, Severity.WARN,
                "Counsel approved seasonal urgency wording for Q4 campaigns", row.version());
        try {
            assertThat(changed.effectiveSeverity()).isEqualTo(Severity.WARN);
            urgencyIsDowngradedWithANote();
        } finally {
            ruleSettings.change("UDAAP-URGENCY", true, null, "Q4 campaign window closed, back to catalog default",
                    changed.version());
        }
    }

    private void urgencyIsDowngradedWithANote() {
        var result = compliance.check(new CreativeInput(Channel.EMAIL,
                java.util.List.of(TextPart.of(PartKind.SUBJECT, "Act now! Rates won't last - apply today")),
                CreativeContext.unknown()));
        var urgency = result.findings().stream().filter(f -> f.ruleId().equals("UDAAP-URGENCY")).toList();
        assertThat(urgency).isNotEmpty().allMatch(f -> f.severity() == Severity.WARN);
        assertThat(result.ruleNotes().get("UDAAP-URGENCY"))
                .startsWith("Severity changed to WARN by " + COMPLIANCE)
                .endsWith("Counsel approved seasonal urgency wording for Q4 campaigns");
        assertThat(audit.page("UDAAP-URGENCY", PageRequest.of(0, 5)).getContent().getFirst().details())
                .contains("on as REVIEW (catalog) → on as WARN");
    }

    @Test
    void a_stale_profile_screen_cannot_overwrite_a_newer_save_and_an_admin_may_save() {
        authenticateAs(ADMIN);
        ProfileForm first = profiles.edit();
        ProfileForm second = profiles.edit();
        var saved = profiles.save(withEqualHousing(first, "Equal Housing Lender"));
        try {
            assertThatThrownBy(() -> profiles.save(withEqualHousing(second, "Equal Housing Opportunity!")))
                    .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
            assertThat(profiles.current().snippets().equalHousing()).isEqualTo("Equal Housing Lender");
        } finally {
            profiles.save(withEqualHousing(saved, first.equalHousing()));
        }
    }

    private static ProfileForm withEqualHousing(ProfileForm f, String text) {
        return new ProfileForm(f.legalName(), f.dbas(), f.nmlsId(), f.regulatorType(), f.fhaApproved(), f.vaLender(),
                f.street(), f.city(), f.state(), f.postalCode(), text, f.canSpamFooter(), f.licenses(), f.version(),
                null, null);
    }

    @Test
    void an_audit_line_disappears_with_the_change_it_describes() {
        authenticateAs(COMPLIANCE);
        String subject = "rolled back " + System.nanoTime();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            audit.record("TEST", subject, "never committed");
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject = ?", Integer.class, subject))
                .isZero();
    }

    @Test
    void a_loan_officers_nmls_id_change_is_audited() {
        String email = createUser("lo.audit", "Audit Officer", "lo-audit-password", com.porchlight.security.Roles.LOAN_OFFICER);
        authenticateAs(ADMIN);
        var user = users.page(email, PageRequest.of(0, 1)).getContent().getFirst();
        users.setNmlsId(user.id(), user.version(), "7778889");
        assertThat(jdbc.queryForObject("select details from audit_event where subject = ?", String.class,
                "NMLS ID of Audit Officer")).isEqualTo(email + ": none → 7778889");
        assertThat(profiles.current().loanOfficers()).anyMatch(lo -> lo.name().equals("Audit Officer")
                && "7778889".equals(lo.nmlsId()));
    }

    @Test
    void a_marked_phrase_can_be_replaced_by_the_suggested_wording() {
        ComplianceCheckView view = openCheck();
        _setValue(view.channel, Channel.SOCIAL_AD);
        _setValue(view.field(PartKind.BODY), "Refinance today at 5.99%!");
        Div card = _find(Div.class, spec -> spec.withClasses("pl-finding")).stream()
                .filter(d -> d.getElement().getTextRecursively().contains("REGZ-RATE-APR")).findFirst()
                .orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Replace with suggested text")));
        assertThat(view.field(PartKind.BODY).getValue()).startsWith("Refinance today at 5.99% interest rate (")
                .contains("APR");
    }

    @Test
    void only_compliance_officers_change_rules() {
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> ruleSettings.change("UDAAP-URGENCY", false, null, "I do not like this rule",
                -1)).isInstanceOf(AccessDeniedException.class);
        authenticateAs(ADMIN);
        assertThatThrownBy(() -> ruleSettings.change("UDAAP-URGENCY", false, null, "Admins are not compliance",
                -1)).isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> profiles.edit()).doesNotThrowAnyException();
        authenticateAs(MARKETER);
        assertThatThrownBy(() -> profiles.edit()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_bad_nmls_id_is_refused_next_to_the_field_and_nothing_is_lost() {
        login(COMPLIANCE);
        UI.getCurrent().navigate("compliance/advertiser");
        var view = (AdvertiserProfileView) UI.getCurrent().getCurrentView();
        _setValue(view.legalName, "Harbor Light Home Loans, LLC (renamed)");
        _setValue(view.nmlsId, "NMLS #12ab");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));

        assertThat(view.nmlsId.isInvalid()).isTrue();
        assertThat(view.nmlsId.getErrorMessage()).startsWith("The NMLS ID is a number of up to 12 digits");
        assertThat(view.legalName.getValue()).isEqualTo("Harbor Light Home Loans, LLC (renamed)");
        assertThat(jdbc.queryForObject("select legal_name from advertiser_profile where id = 1", String.class))
                .isEqualTo("Harbor Light Home Loans, LLC");
    }

    @Test
    void a_saved_profile_is_audited_and_used_by_the_next_check() {
        login(COMPLIANCE);
        UI.getCurrent().navigate("compliance/advertiser");
        var view = (AdvertiserProfileView) UI.getCurrent().getCurrentView();
        String before = view.nmlsId.getValue();
        _setValue(view.nmlsId, "7654321");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        try {
            assertThat(profiles.current().nmlsId()).isEqualTo("7654321");
            assertThat(audit.page("Advertiser profile", PageRequest.of(0, 1)).getContent().getFirst().details())
                    .contains("NMLS ID \"" + before + "\" → \"7654321\"");
            var result = compliance.check(new CreativeInput(Channel.PRINT, java.util.List.of(
                    TextPart.of(PartKind.BODY, "Call us today."),
                    TextPart.of(PartKind.DISCLOSURES, "Harbor Light Home Loans, LLC | NMLS #1002003")),
                    CreativeContext.unknown()));
            assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("SAFE-NMLS-STATE")
                    && f.message().contains("7654321"));
        } finally {
            _setValue(view.nmlsId, before);
            _click(_get(Button.class, spec -> spec.withText("Save profile")));
        }
    }

    @Test
    void the_rule_list_shows_every_catalog_rule_and_filters() {
        login(CMO);
        UI.getCurrent().navigate("compliance/rules");
        var view = (RuleSettingsView) UI.getCurrent().getCurrentView();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isGreaterThanOrEqualTo(50);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Filter by ID, title or citation")), "TCPA");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isBetween(1, 5);
        assertThat(_find(Button.class, spec -> spec.withText("Change…"))).isEmpty();
    }
}
