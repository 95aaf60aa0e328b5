package org.credence.violation.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.platform.Message;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.Severity;

/**
 * Rules of the two credit lists. The serious list lasts 3 years and then ends by itself unless
 * renewed; early removal needs at least 1 year on it, the fulfilment of the penalty, and no new
 * heavier penalty (较重行政处罚: HEAVY or SERIOUS) decided after the listing. A business on the
 * abnormal list for 3 years becomes a candidate for the serious list (a person decides).
 */
public final class ListRules {

    public static final int SERIOUS_LIST_MINIMUM_YEARS = 1;
    public static final int SERIOUS_LIST_YEARS = 3;
    public static final int ABNORMAL_TO_SERIOUS_YEARS = 3;

    /** A penalty on the business's record, as far as the exit rules look at it. */
    public record Penalty(String decisionNumber, LocalDate decisionDate, Severity severity) {}

    private ListRules() {}

    /** When an entry listed on {@code listedOn} ends by itself: 3 years on for the serious list, never for the abnormal list. */
    public static LocalDate endsOn(ListType type, LocalDate listedOn) {
        return type == ListType.SERIOUS_ILLEGAL ? listedOn.plusYears(SERIOUS_LIST_YEARS) : null;
    }

    /** A heavier administrative penalty (较重行政处罚), the kind that puts a business on the serious list. */
    public static boolean heavier(Severity severity) {
        return severity == Severity.HEAVY || severity == Severity.SERIOUS;
    }

    /** Whether removing on {@code removedOn} is an early removal from the serious list (before its end). */
    public static boolean early(ListType type, LocalDate endsOn, LocalDate removedOn) {
        return type == ListType.SERIOUS_ILLEGAL && endsOn != null && removedOn.isBefore(endsOn);
    }

    /**
     * Why an entry cannot be removed on {@code removedOn}, or empty when it can. An early removal from
     * the serious list needs a year on it, the penalty {@code fulfilled}, and none of
     * {@code penalties} (the business's, not revoked) heavier and decided after the listing.
     */
    public static Optional<Message> removalRefusal(
            ListType type,
            LocalDate listedOn,
            LocalDate endsOn,
            LocalDate removedOn,
            boolean fulfilled,
            List<Penalty> penalties) {
        if (removedOn.isBefore(listedOn)) {
            return Optional.of(Message.of("the-removal-date-is-before-the", removedOn, listedOn));
        }
        if (!early(type, endsOn, removedOn)) {
            return Optional.empty();
        }
        LocalDate earliest = listedOn.plusYears(SERIOUS_LIST_MINIMUM_YEARS);
        if (removedOn.isBefore(earliest)) {
            return Optional.of(Message.of("early-removal-from-the-serious-illegal", earliest));
        }
        if (!fulfilled) {
            return Optional.of(Message.of("serious.fulfilment-required"));
        }
        return penalties.stream()
                .filter(p -> heavier(p.severity())
                        && p.decisionDate().isAfter(listedOn)
                        && !p.decisionDate().isAfter(removedOn))
                .findFirst()
                .map(p -> Message.of("serious.heavier-penalty-since", p.decisionNumber(), p.decisionDate(), listedOn));
    }

    /** Why an entry ending on {@code endsOn} cannot be renewed on {@code today}, or empty when it can. */
    public static Optional<Message> renewalRefusal(ListType type, LocalDate endsOn, LocalDate today) {
        if (type != ListType.SERIOUS_ILLEGAL || endsOn == null) {
            return Optional.of(Message.of("serious.renewal-serious-only"));
        }
        if (!today.isBefore(endsOn)) {
            return Optional.of(Message.of("serious.renewal-after-end", endsOn));
        }
        return Optional.empty();
    }

    /** The new end of a renewed entry: another 3 years from its current end. */
    public static LocalDate renewedUntil(LocalDate endsOn) {
        return endsOn.plusYears(SERIOUS_LIST_YEARS);
    }

    /** Whether a serious-list entry ending on {@code endsOn} has ended by itself on {@code today}. */
    public static boolean ended(LocalDate endsOn, LocalDate today) {
        return endsOn != null && !today.isBefore(endsOn);
    }

    /** The date from which an abnormal-list entry listed on {@code listedOn} makes a serious-list candidate. */
    public static LocalDate seriousListCandidateFrom(LocalDate listedOn) {
        return listedOn.plusYears(ABNORMAL_TO_SERIOUS_YEARS);
    }
}
