package com.porchlight.base.ui;

import com.porchlight.base.ConsoleUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The console shell: brand, a side navigation built from every {@code @Menu} view the user may open, and who is signed
 * in. Views never reference it; {@code @Layout} applies it to every route.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("pl-shell");

        viewTitle.addClassName("pl-view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(true, toggle, viewTitle);

        var nav = createNavigation();
        var scroller = new Scroller(nav);
        scroller.addClassName("pl-drawer-scroller");
        addToDrawer(brand(), scroller, userCard(authentication));
    }

    static Div brand() {
        var logo = new Image("images/logo.svg", "");
        logo.addClassName("pl-logo");
        var name = new Span("Porchlight");
        name.addClassName("pl-brand-name");
        var tagline = new Span("Marketing operations");
        tagline.addClassName("pl-brand-tagline");
        var words = new Div(name, tagline);
        words.addClassName("pl-brand-words");
        var brand = new Div(logo, words);
        brand.addClassName("pl-brand");
        return brand;
    }

    private static SideNav createNavigation() {
        var nav = new SideNav();
        nav.addClassName("pl-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private static Div userCard(AuthenticationContext authentication) {
        var card = new Div();
        card.addClassName("pl-user");
        authentication.getAuthenticatedUser(ConsoleUser.class).ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            avatar.addClassName("pl-user-avatar");
            var name = new Span(user.displayName());
            name.addClassName("pl-user-name");
            var roles = new Span(String.join(" · ", user.roleLabels()));
            roles.addClassName("pl-user-roles");
            var who = new Div(name, roles);
            who.addClassName("pl-user-who");
            var logout = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            logout.setAriaLabel("Sign out");
            logout.setTooltipText("Sign out");
            card.add(avatar, who, logout);
        });
        return card;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
