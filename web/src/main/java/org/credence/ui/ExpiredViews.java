package org.credence.ui;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;

/**
 * A form left open past the end of its session (or of the server's memory of its view) comes back as
 * the same page, fresh, with a line saying why, instead of the error page: the page the form was on
 * (the Referer of this application, else the form's own address) with {@code expired=1}. A page that
 * needs signing in then asks for it first and returns there.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() throws FacesException {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable failure = events.next().getContext().getException();
                    if (failure instanceof ViewExpiredException) {
                        events.remove();
                        reload(FacesContext.getCurrentInstance());
                    }
                }
                getWrapped().handle();
            }
        };
    }

    private static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = returnTo(request.getContextPath(), request.getHeader("Referer"), request.getRequestURI());
        try {
            external.redirect(target + (target.contains("?") ? "&" : "?") + "expired=1");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page to reload: the Referer when it is a page of this application, else the request's own path. */
    static String returnTo(String contextPath, String referer, String requestUri) {
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(contextPath + "/") && !path.contains("//")) {
                    String query =
                            uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)expired=1", "");
                    query = query.startsWith("&") ? query.substring(1) : query;
                    return path + (query.isEmpty() ? "" : "?" + query);
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall back to the request's path
            }
        }
        return requestUri;
    }
}
