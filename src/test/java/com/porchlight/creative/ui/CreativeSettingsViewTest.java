package com.porchlight.creative.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.creative.CreativePolicy;
import com.vaadin.flow.component.UI;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workflow settings: paid media and email locked on, validation in words, who may change them. */
class CreativeSettingsViewTest extends ReviewTestSupport {

    private CreativeSettingsView open(String email) {
        login(email);
        UI.getCurrent().navigate("creatives/settings");
        return _get(CreativeSettingsView.class);
    }

    private void restore(CreativePolicy before) {
        authenticateAs(CMO);
        Map<Channel, Boolean> cmo = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            cmo.put(c, before.cmoRequired(c));
        }
        creatives.savePolicy(creatives.policy().version(), before.staleBps(), before.staleDays(),
                before.slaBusinessDays(), cmo);
        logout();
    }

    @Test
    void paid_media_and_email_are_locked_on_and_the_rest_can_be_changed() {
        authenticateAs(CMO);
        CreativePolicy before = creatives.policy();
        logout();
        try {
            CreativeSettingsView view = open(CMO);
            for (Channel c : new Channel[] {Channel.EMAIL, Channel.SEARCH_AD, Channel.SOCIAL_AD, Channel.DISPLAY_AD}) {
                assertThat(view.cmo.get(c).getValue()).as(c.name()).isTrue();
                assertThat(view.cmo.get(c).isReadOnly()).as(c.name()).isTrue();
            }
            assertThat(view.cmo.get(Channel.SMS).isReadOnly()).isFalse();
            _setValue(view.cmo.get(Channel.SMS), !before.cmoRequired(Channel.SMS));
            _setValue(view.staleBps, 30);
            _click(view.save);
            CreativePolicy after = creatives.policy();
            assertThat(after.staleBps()).isEqualTo(30);
            assertThat(after.cmoRequired(Channel.SMS)).isEqualTo(!before.cmoRequired(Channel.SMS));
            assertThat(after.cmoRequired(Channel.EMAIL)).isTrue();
        } finally {
            logout();
            restore(before);
        }
    }

    @Test
    void out_of_range_and_missing_values_are_refused_with_a_message() {
        authenticateAs(CMO);
        CreativePolicy before = creatives.policy();
        logout();
        CreativeSettingsView view = open(COMPLIANCE);
        _setValue(view.staleBps, 900);
        _setValue(view.slaDays, 0);
        _click(view.save);
        assertThat(view.problems.getText()).contains("1 to 500 basis points").contains("1 to 30 business days");
        _setValue(view.staleDays, null);
        _click(view.save);
        assertThat(view.problems.getText()).contains("Enter the maximum age of a quote in days.");
        assertThat(creatives.policy().staleBps()).isEqualTo(before.staleBps());
    }

    @Test
    void an_administrator_reads_the_settings_but_cannot_loosen_the_approval_rules() {
        CreativeSettingsView view = open(ADMIN);
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.staleBps.isReadOnly()).isTrue();
    }

    @Test
    void a_marketer_opening_the_settings_is_refused() {
        login(MARKETER);
        UI.getCurrent().navigate("creatives/settings");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
