package com.porchlight.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened a page their roles do not allow. */
@PageTitle("No access · Porchlight")
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(TITLE, explanation(event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static final String TITLE = "You don't have access to this page";

    static String explanation(String path) {
        return "Your roles do not include /" + path
                + ". If you need it for your work, ask an administrator to change your roles.";
    }
}
