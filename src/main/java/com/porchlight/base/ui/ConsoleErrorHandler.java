package com.porchlight.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something unexpected fails while they work: a friendly message with a reference id that is
 * also in the log next to the full stack trace. Nothing technical reaches the browser.
 */
@Component
class ConsoleErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = event.getComponent().map(c -> c.getUI().orElse(null)).orElse(UI.getCurrent());
        String message;
        if (causedBy(error, OptimisticLockingFailureException.class)) {
            log.info("Concurrent edit refused: {}", error.toString());
            message = "This record was changed by someone else while you were editing. Reload to see the latest"
                    + " version; your change was not saved.";
        } else if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Access denied: {}", error.toString());
            message = "You don't have permission to do that.";
        } else {
            String reference = ErrorReference.next();
            log.error("Unexpected error, reference {}", reference, error);
            message = "Something went wrong on our side and nothing was changed. If it happens again, give support"
                    + " the reference " + reference + ".";
        }
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
