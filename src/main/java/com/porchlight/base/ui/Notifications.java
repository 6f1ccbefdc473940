package com.porchlight.base.ui;

import com.vaadin.flow.component.notification.Notification;
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

    /** An error the user must read: stays until closed. */
    public static Notification error(String message) {
        var n = new Notification(message, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setDuration(10_000);
        n.open();
        return n;
    }

    /** Someone else saved first: nothing of the user's input was written. */
    public static Notification changedBySomeoneElse() {
        return error("This record was changed by someone else while you were editing. Reload to see the latest"
                + " version; your change was not saved.");
    }
}
