package com.porchlight.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The console's three kinds of toast, so every feature says things the same way. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        return n;
    }

    /** An error the user must read (and may need to copy a reference from): stays until closed. */
    public static Notification error(String message) {
        var n = new Notification();
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        var text = new Div(message);
        text.addClassName("pl-notification-text");
        var close = new Button(new Icon(VaadinIcon.CLOSE_SMALL), click -> n.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel("Close");
        var content = new HorizontalLayout(text, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
        return n;
    }

    /** Someone else saved first: nothing of the user's input was written. */
    public static Notification changedBySomeoneElse() {
        return error("This record was changed by someone else while you were editing. Reload to see the latest"
                + " version; your change was not saved.");
    }
}
