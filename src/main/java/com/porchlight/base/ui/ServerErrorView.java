package com.porchlight.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A page failed to open. The user gets a reference id; the log gets the same id and the stack trace. */
@PageTitle("Something went wrong · Porchlight")
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        log.error("Page /{} failed, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        show("Something went wrong", "This page could not be opened. Please try again; if it keeps failing, give"
                + " support the reference " + reference + ".");
        getElement().setAttribute("data-reference", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
