package com.porchlight.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.porchlight.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

    private static final Pattern REFERENCE = Pattern.compile("PL-[A-Z2-9]{4}-[A-Z2-9]{4}");

    private static String text(com.vaadin.flow.component.notification.Notification notification) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(notification, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("pl-notification-text")).getText();
    }

    @Test
    void an_unexpected_error_shows_a_reference_that_is_also_in_the_log(CapturedOutput output) {
        login(MARKETER);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("database exploded at row 42")));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();

        String shown = String.join(" ", NotificationsKt.getNotifications().stream()
                .map(ErrorHandlingTest::text).toList());
        assertThat(shown).startsWith("Something went wrong on our side").doesNotContain("exploded");
        Matcher reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).isTrue();
        assertThat(output.getAll()).contains("Unexpected error, reference " + reference.group())
                .contains("database exploded at row 42");
    }

    @Test
    void a_lost_editing_race_says_so_without_a_reference() {
        login(MARKETER);
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new ObjectOptimisticLockingFailureException("UserAccount", 1L)));
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        String shown = String.join(" ", NotificationsKt.getNotifications().stream()
                .map(ErrorHandlingTest::text).toList());
        assertThat(shown).contains("changed by someone else").doesNotContain("PL-");
    }
}
