package com.porchlight.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's route list (development) or blank page (production) for unknown addresses. */
@PageTitle("Page not found · Porchlight")
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is no page at /" + event.getLocation().getPath()
                + ". It may have moved, or the link may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
