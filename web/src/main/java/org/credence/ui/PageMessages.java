package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;

/**
 * Messages on a page: confirmations above it, and a service's refusal with each field's message next
 * to its field where the page has one, in the page's language (the service's message keys are
 * written from its refusals bundle in the reader's language).
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        error(null, text);
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Shows a refusal. {@code fieldIds} gives the client id of the field a service field name belongs
     * to, or null to list that error above the page.
     */
    public static void refusal(Language language, CredenceException e, Function<String, String> fieldIds) {
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
            error(clientId, clientId == null ? kind + ": " + fieldLabel(language, fieldError.field()) + " " + message : message);
        }
    }

    /**
     * A service's field name as the page calls it, for a message listed above the page: {@code ratios.A}
     * reads "抽查比例 A" (labels {@code field.<name>}); a field without a label keeps its name.
     */
    static String fieldLabel(Language language, String field) {
        int dot = field.indexOf('.');
        String base = dot > 0 ? field.substring(0, dot) : field;
        return language.has("field." + base) ? language.text("field." + base) + (dot > 0 ? " " + field.substring(dot + 1) : "")
                : field;
    }

    /** A refusal with every field's message listed above the page. */
    public static void refusal(Language language, CredenceException e) {
        refusal(language, e, field -> null);
    }
}
