package com.porchlight.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.security.Roles;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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

    @Test
    void a_compliance_officer_sees_how_many_creatives_await_review_with_a_link_to_the_queue() {
        login(COMPLIANCE);
        assertThat(_find(Div.class, spec -> spec.withClasses("pl-work-line"))).singleElement().satisfies(line -> {
            Anchor link = (Anchor) line.getChildren().findFirst().orElseThrow();
            assertThat(link.getHref()).isEqualTo("reviews");
            assertThat(link.getText()).matches("No creatives await compliance review|\\d+ creatives? awaiting review.*");
        });
    }

    @Test
    void a_cmo_sees_how_many_creatives_await_their_approval() {
        login(CMO);
        assertThat(_find(Anchor.class)).filteredOn(a -> a.getHref().equals("reviews")).extracting(Anchor::getText)
                .anyMatch(t -> t.matches("No creatives await your approval|\\d+ creatives? awaiting your approval.*"));
    }

    @Test
    void a_marketer_sees_their_stale_and_sent_back_creatives_and_a_loan_officer_sees_no_counts() {
        login(MARKETER);
        assertThat(_find(Div.class, spec -> spec.withClasses("pl-work-line"))).singleElement()
                .satisfies(line -> assertThat(line.getElement().getTextRecursively())
                        .containsAnyOf("Of your creatives", "None of your creatives"));
    }

    @Test
    void a_loan_officer_sees_no_creative_counts() {
        login(LOAN_OFFICER);
        assertThat(_find(Div.class, spec -> spec.withClasses("pl-work-line"))).isEmpty();
    }
}
