package com.porchlight.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's route list (development) or blank page (production) for unknown addresses. */
@PageTitle("Page not found · Porchlight")
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forApplicationScope().getRoute(path).isPresent()) {
            // In production Vaadin reports a page the user's roles do not allow as "not found"; in an internal
            // console it is more useful to say what is really going on.
            show(AccessDeniedView.TITLE, AccessDeniedView.explanation(path));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        show("Page not found", "There is no page at /" + path + ". It may have moved, or the link may be mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
