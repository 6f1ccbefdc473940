package com.porchlight;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.base.ui.AccessDeniedView;
import com.porchlight.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deny by default: who may open which page, and what each role finds in the menu. */
class AccessControlTest extends KaribuTest {

    @Test
    void anonymous_user_is_sent_to_login_from_every_route() {
        List<Class<? extends Component>> protectedViews = routes().getRoutes().stream()
                .filter(view -> view != LoginView.class && view.isAnnotationPresent(Route.class))
                .toList();
        assertThat(protectedViews).hasSizeGreaterThanOrEqualTo(4);
        for (Class<? extends Component> view : protectedViews) {
            // Routes with parameters (e.g. leads/:id) are visited with a sample value.
            String path = RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow()
                    .replaceAll(":[^/]+", "1");
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView())
                    .as("anonymous visit to /%s (%s)", path, view.getSimpleName())
                    .isInstanceOf(LoginView.class);
        }
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            KaribuTest.ADMIN + ";Home|Leads|Import leads|Market rates|Segments|Lead scoring|Creatives|Compliance check"
                    + "|Lead sources|Advertiser profile|Compliance rules|Creative workflow|Audit log|Examiner export"
                    + "|Users|Sign-in log|API keys"
                    + "|My account",
            KaribuTest.CMO + ";Home|Leads|Market rates|Segments|Lead scoring|Creatives|Compliance check|Review queue"
                    + "|Lead sources|Compliance rules|Creative workflow|Examiner export|My account",
            KaribuTest.COMPLIANCE + ";Home|Leads|Market rates|Segments|Lead scoring|Creatives|Compliance check"
                    + "|Review queue|Advertiser profile|Compliance rules|Creative workflow|Audit log|Examiner export"
                    + "|My account",
            KaribuTest.MARKETER + ";Home|Leads|Import leads|Market rates|Segments|Lead scoring|Creatives|Compliance check"
                    + "|Compliance rules|My account",
            KaribuTest.LOAN_OFFICER + ";Home|Leads|Market rates|Compliance check|Compliance rules|My account"})
    void each_role_sees_exactly_its_menu_entries(String email, String expectedMenu) {
        login(email);
        List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(menu).containsExactly(expectedMenu.split("\\|"));
    }

    @Test
    void marketer_opening_the_admin_view_is_refused() {
        login(MARKETER);
        UI.getCurrent().navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("You don't have access to this page");
    }

    @Test
    void loan_officer_opening_the_sign_in_log_is_refused() {
        login(LOAN_OFFICER);
        UI.getCurrent().navigate("admin/sign-ins");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_marketer_cannot_open_the_advertiser_profile_or_the_audit_log() {
        login(MARKETER);
        UI.getCurrent().navigate("compliance/advertiser");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("audit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        for (Class<? extends Component> view : routes().getRoutes()) {
            if (!view.isAnnotationPresent(Route.class)) {
                continue; // the layout, checked below
            }
            assertThat(view.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                    || view.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)
                    || view.isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class))
                    .as("%s has @RolesAllowed, @PermitAll or @AnonymousAllowed", view.getSimpleName())
                    .isTrue();
        }
        assertThat(com.porchlight.base.ui.MainLayout.class.isAnnotationPresent(
                jakarta.annotation.security.PermitAll.class)).as("the layout is for signed-in users only").isTrue();
    }
}
