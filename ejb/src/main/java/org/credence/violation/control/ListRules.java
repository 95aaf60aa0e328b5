package org.credence.violation.control;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.platform.Message;
import org.credence.violation.entity.ListType;

/**
 * Rules of the two credit lists: the serious list normally lasts 3 years and allows early removal
 * only after at least 1 year; a business on the abnormal list for 3 years becomes a candidate for
 * the serious list (a person decides).
 */
public final class ListRules {

    public static final int SERIOUS_LIST_MINIMUM_YEARS = 1;
    public static final int ABNORMAL_TO_SERIOUS_YEARS = 3;

    private ListRules() {
    }

    /** Why an entry cannot be removed on {@code removedOn}, or empty when it can. */
    public static Optional<Message> removalRefusal(ListType type, LocalDate listedOn, LocalDate removedOn) {
        if (removedOn.isBefore(listedOn)) {
            return Optional.of(Message.of("the-removal-date-is-before-the", removedOn, listedOn));
        }
        if (type == ListType.SERIOUS_ILLEGAL) {
            LocalDate earliest = listedOn.plusYears(SERIOUS_LIST_MINIMUM_YEARS);
            if (removedOn.isBefore(earliest)) {
                return Optional.of(Message.of("early-removal-from-the-serious-illegal", earliest));
            }
        }
        return Optional.empty();
    }

    /** The date from which an abnormal-list entry listed on {@code listedOn} makes a serious-list candidate. */
    public static LocalDate seriousListCandidateFrom(LocalDate listedOn) {
        return listedOn.plusYears(ABNORMAL_TO_SERIOUS_YEARS);
    }
}
