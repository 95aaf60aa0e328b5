package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessages;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.web.Language;

/**
 * Messages on a page, in the page's language: confirmations and refusals next to the form just sent
 * when that form shows its own messages (a messages component {@code for="@form"} inside it), else
 * above the page; a service's refusal with each field's message next to its field where the page has
 * one (the service's message keys are written from its refusals bundle in the reader's language).
 */
public final class PageMessages {

    private PageMessages() {}

    public static void info(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(sentForm(context), new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        error(null, text);
    }

    public static void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(
                clientId == null ? sentForm(context) : clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * The client id of the form this request came from when it shows its own messages, else null (above
     * the page). An ajax request names its source; a plain one sends the form's own hidden field,
     * whose name and value are the form's client id.
     */
    static String sentForm(FacesContext context) {
        if (context.getViewRoot() == null || !context.isPostback()) {
            return null;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        String[] found = new String[1];
        String source = parameters.get("jakarta.faces.source");
        if (source != null) {
            context.getViewRoot()
                    .invokeOnComponent(context, source, (c, component) -> found[0] = ownMessages(c, component));
            return found[0];
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getKey().equals(p.getValue()) && found[0] == null) {
                context.getViewRoot()
                        .invokeOnComponent(
                                context,
                                p.getKey(),
                                (c, component) ->
                                        found[0] = component instanceof UIForm ? ownMessages(c, component) : null);
            }
        }
        return found[0];
    }

    private static String ownMessages(FacesContext context, UIComponent component) {
        UIComponent form = component;
        while (form != null && !(form instanceof UIForm)) {
            form = form.getParent();
        }
        return form != null && showsOwnMessages(form) ? form.getClientId(context) : null;
    }

    private static boolean showsOwnMessages(UIComponent component) {
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIMessages m
                            && "@form".equals(m.getAttributes().get("for"))
                    || showsOwnMessages(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows a refusal. {@code fieldIds} gives the client id of the field a service field name belongs
     * to, or null to list that error above the page.
     */
    public static void refusal(Language language, CredenceException e, Function<String, String> fieldIds) {
        if (e.status() == 403 && !e.audited()) {
            audit(e);
        }
        String kind = language.text("problem." + (e.status() / 100 == 4 ? e.status() : 500));
        List<FieldError> errors = e.errors();
        Locale locale = language.getLocale();
        if (errors == null || errors.isEmpty()) {
            error(kind + ": " + e.detail(locale));
            return;
        }
        for (FieldError fieldError : errors) {
            String clientId = fieldIds.apply(fieldError.field());
            String message = fieldError.message(locale);
            error(
                    clientId,
                    clientId == null
                            ? kind + ": " + fieldLabel(language, fieldError.field()) + " " + message
                            : message);
        }
    }

    /** A page's refused action is audited as the API's are (action access.denied). */
    private static void audit(CredenceException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        e.markAudited();
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                context.getExternalContext().getRequest();
        try {
            jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(org.credence.security.boundary.AccessTrail.class)
                    .get()
                    .denied(
                            request.getRemoteUser(),
                            false,
                            null,
                            request.getMethod() + " " + request.getRequestURI(),
                            e.getMessage());
        } catch (RuntimeException failure) {
            java.util.logging.Logger.getLogger(PageMessages.class.getName())
                    .log(java.util.logging.Level.WARNING, "a refused action could not be audited", failure);
        }
    }

    /**
     * A service's field name as the page calls it, for a message listed above the page: {@code ratios.A}
     * reads "抽查比例 A" (labels {@code field.<name>}); a field without a label keeps its name.
     */
    static String fieldLabel(Language language, String field) {
        int dot = field.indexOf('.');
        String base = dot > 0 ? field.substring(0, dot) : field;
        return language.has("field." + base)
                ? language.text("field." + base) + (dot > 0 ? " " + field.substring(dot + 1) : "")
                : field;
    }

    /** A refusal with every field's message listed above the page. */
    public static void refusal(Language language, CredenceException e) {
        refusal(language, e, field -> null);
    }
}
