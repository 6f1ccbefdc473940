package com.porchlight.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void the_home_view_greets_the_user_and_shows_one_card_per_role() {
        String email = createUser("two.hats", "Jordan Lee", "two-hats-pass", Roles.MARKETER, Roles.COMPLIANCE);

        login(email);
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, Jordan");
        assertThat(_find(Card.class)).extracting(c -> c.getElement().getProperty("cardTitle", ""))
                .containsExactly("Compliance officer", "Marketer");
        assertThat(_find(Card.class).getLast().getElement().getTextRecursively())
                .contains("Build lead segments, including the rate trigger");
    }

    @Test
    void an_administrator_gets_working_links_to_user_administration() {
        login(ADMIN);
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("admin/users", "admin/sign-ins");
    }
}
