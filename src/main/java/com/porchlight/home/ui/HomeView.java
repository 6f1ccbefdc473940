package com.porchlight.home.ui;

import com.porchlight.base.ConsoleUser;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.WorkCounts;
import com.porchlight.security.Roles;
import com.porchlight.home.RoleGuide;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;

/** Greets the user and lists, per role they hold, what they can do here. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Div {

    HomeView(AuthenticationContext authentication, CreativeService creatives) {
        addClassName("pl-page");
        addClassName("pl-home");
        var user = authentication.getAuthenticatedUser(ConsoleUser.class);
        String name = user.map(ConsoleUser::displayName).orElse("there");
        String firstName = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;

        var greeting = new H2("Welcome, " + firstName);
        greeting.addClassName("pl-greeting");
        var intro = new Paragraph("Here is what you can do in Porchlight with your "
                + (roles(authentication).size() > 1 ? "roles." : "role."));
        intro.addClassName("pl-intro");
        add(greeting, intro);
        work(roles(authentication), creatives);

        var cards = new Div();
        cards.addClassName("pl-role-cards");
        RoleGuide.forRoles(roles(authentication)).forEach(guide -> cards.add(card(guide)));
        add(cards);
    }

    /** What waits for this person in the creative workflow, with a link to it; nothing when nothing waits. */
    private void work(List<String> roles, CreativeService creatives) {
        boolean compliance = roles.contains(Roles.COMPLIANCE);
        boolean cmo = roles.contains(Roles.CMO);
        boolean marketer = roles.contains(Roles.MARKETER);
        if (!compliance && !cmo && !marketer) {
            return;
        }
        WorkCounts counts = creatives.workCounts();
        var box = new Div();
        box.addClassName("pl-work-counts");
        if (compliance) {
            box.add(line(counts.awaitingCompliance() == 0 ? "No creatives await compliance review"
                    : creativesText(counts.awaitingCompliance()) + " awaiting review"
                            + (counts.complianceOverSla() > 0 ? ", " + counts.complianceOverSla() + " past the SLA" : ""),
                    "reviews", counts.complianceOverSla() > 0));
        }
        if (cmo) {
            box.add(line(counts.awaitingCmo() == 0 ? "No creatives await your approval"
                    : creativesText(counts.awaitingCmo()) + " awaiting your approval"
                            + (counts.cmoOverSla() > 0 ? ", " + counts.cmoOverSla() + " past the SLA" : ""),
                    "reviews", counts.cmoOverSla() > 0));
        }
        if (marketer) {
            List<String> parts = new java.util.ArrayList<>();
            if (counts.myStale() > 0) {
                parts.add(counts.myStale() + " " + (counts.myStale() == 1 ? "is" : "are") + " stale");
            }
            if (counts.myChangesRequested() > 0) {
                parts.add(counts.myChangesRequested() + " " + (counts.myChangesRequested() == 1 ? "has" : "have")
                        + " changes requested");
            }
            box.add(line(parts.isEmpty() ? "None of your creatives are stale or waiting for changes"
                    : "Of your creatives, " + String.join(" and ", parts), "creatives", !parts.isEmpty()));
        }
        add(box);
    }

    private static String creativesText(long n) {
        return n == 1 ? "1 creative" : n + " creatives";
    }

    private static Div line(String text, String route, boolean urgent) {
        var link = new Anchor(route, text);
        var line = new Div(link);
        line.addClassName("pl-work-line");
        if (urgent) {
            line.addClassName("pl-work-urgent");
        }
        return line;
    }

    private static List<String> roles(AuthenticationContext authentication) {
        return authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
    }

    private static Card card(RoleGuide.Guide guide) {
        var card = new Card();
        card.addClassName("pl-role-card");
        card.setTitle(guide.roleLabel());
        card.setSubtitle(guide.summary());
        var list = new UnorderedList();
        list.addClassName("pl-task-list");
        for (RoleGuide.Task task : guide.tasks()) {
            var item = new ListItem();
            if (task.available()) {
                item.add(new Anchor(task.route(), task.text()));
            } else {
                var text = new Span(task.text());
                var planned = new Badge("Planned");
                planned.addThemeVariants(BadgeVariant.SMALL);
                item.add(text, planned);
                item.addClassName("pl-task-planned");
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }
}
