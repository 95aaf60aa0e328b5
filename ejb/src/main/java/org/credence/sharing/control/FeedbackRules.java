package org.credence.sharing.control;

import java.util.ArrayList;
import java.util.List;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.sharing.control.MeasureStore.Case;
import org.credence.sharing.control.MeasureStore.Outcome;

/**
 * Who may report feedback on a measure case, and what it must say: only the agency that applies the
 * measure (403 for any other), an outcome of APPLIED or NOT_APPLICABLE, a reason for NOT_APPLICABLE
 * (400), and only while the case is DUE (409 once lifted). Who is asked first, then what, then when.
 */
public final class FeedbackRules {

    public static final int MAX_REASON = 1000;

    private FeedbackRules() {}

    /** The outcome to store, or the refusal; {@code callerAgencyId} is null for a caller of no agency. */
    public static Outcome check(Case measureCase, Long callerAgencyId, String outcome, String reason) {
        if (callerAgencyId == null || callerAgencyId != measureCase.agencyId()) {
            throw new NotPermittedException(Message.of(
                    "only-the-agency-that-applies-measure", measureCase.measureCode(), measureCase.agencyCode()));
        }
        List<FieldError> errors = new ArrayList<>();
        Outcome parsed = null;
        try {
            parsed = outcome == null ? null : Outcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (parsed == null) {
            errors.add(new FieldError(
                    "outcome",
                    Message.of("is-required-one-of", Message.values("FeedbackOutcome", "APPLIED", "NOT_APPLICABLE"))));
        }
        boolean blank = reason == null || reason.isBlank();
        if (parsed == Outcome.NOT_APPLICABLE && blank) {
            errors.add(new FieldError("reason", Message.of("is-required-when-the-measure-is")));
        }
        if (!blank && reason.strip().length() > MAX_REASON) {
            errors.add(new FieldError("reason", Message.of("is-longer-than-characters", MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (!measureCase.due()) {
            throw new ConflictException(
                    "case-lifted",
                    Message.of("measure-case-was-lifted-on-feedback", measureCase.id(), measureCase.liftedAt()));
        }
        return parsed;
    }
}
