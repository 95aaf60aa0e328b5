package org.credence.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of the interface for this browser session: Chinese by default, English on request,
 * switchable on every page. Dates and numbers follow it.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final String BUNDLE = "org.credence.ui.messages";

    private Locale locale = CHINESE;

    /** A label of the interface in this language, with its {0}, {1}... filled in. */
    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            // MessageFormat knows no java.time: a date would read as 2026-12-04, a time in ISO and UTC
            if (readable[i] instanceof java.time.LocalDate date) {
                readable[i] = Readable.date(date, locale);
            } else if (readable[i] instanceof java.time.LocalDateTime utc) {
                readable[i] = Readable.utcTime(utc, locale);
            }
        }
        return new MessageFormat(pattern, locale).format(readable);
    }

    /**
     * A confirmation question for {@code onclick="return confirm('...')"}: the label with its arguments
     * (what the action will change, by name), escaped for a JavaScript string in single quotes.
     */
    public String confirm(String key) {
        return forScript(text(key));
    }

    public String confirm(String key, Object first) {
        return forScript(text(key, first));
    }

    public String confirm(String key, Object first, Object second) {
        return forScript(text(key, first, second));
    }

    public String confirm(String key, Object first, Object second, Object third) {
        return forScript(text(key, first, second, third));
    }

    static String forScript(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\u0022");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the interface has a label of that key. */
    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
    }

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return CHINESE.equals(locale);
    }

    /** Switches to {@code zh_CN} or {@code en} (anything else is Chinese) and stays on the page. */
    public void use(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }
}
