package org.credence.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.credence.platform.ChinaTime;
import org.credence.platform.InputBounds;
import org.credence.platform.Message;

/**
 * Applies {@link InputBounds} to every field of every form (a default validator in faces-config): a
 * date between 1949-10-01 and ten years ahead, text without control characters (line breaks only in a
 * text area) or bidirectional overrides, and no field of nothing but spaces (no-break and ideographic
 * ones included), which would otherwise pass as a name.
 */
@FacesValidator(InputBoundsValidator.ID)
public class InputBoundsValidator implements Validator<Object> {

    public static final String ID = "credence.inputBounds";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        Optional<Message> wrong =
                problem(value, component instanceof HtmlInputTextarea, ChinaTime.today(Clock.systemUTC()));
        if (wrong.isPresent()) {
            Locale locale = context.getViewRoot() == null
                    ? Locale.SIMPLIFIED_CHINESE
                    : context.getViewRoot().getLocale();
            Object label = component.getAttributes().get("label");
            String text = wrong.get().in(locale);
            String shown = label == null ? text : label + ": " + text;
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, shown));
        }
    }

    /** Why a submitted value is refused, if it is. */
    static Optional<Message> problem(Object value, boolean multiLine, LocalDate today) {
        if (value instanceof LocalDate date) {
            return InputBounds.date(date, today);
        }
        if (value instanceof String text) {
            if (!text.isEmpty() && InputBounds.isBlank(text)) {
                return Optional.of(Message.of("input.only-spaces"));
            }
            return InputBounds.text(text, multiLine);
        }
        return Optional.empty();
    }
}
