package org.credence.web;

import java.time.LocalDate;
import org.credence.violation.entity.ListEntry;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.RemovalKind;

/**
 * A list entry as the API shows it; the removal fields are absent while the business is on the list.
 * {@code endsOn}: when a serious-list entry ends by itself unless renewed; {@code removalKind}: REMOVED,
 * EARLY or EXPIRED.
 */
public record ListEntryView(
        long id,
        String uscc,
        ListType list,
        String agency,
        String reason,
        LocalDate listedOn,
        String listedBy,
        LocalDate removedOn,
        String removedBy,
        String removalReason,
        LocalDate endsOn,
        RemovalKind removalKind,
        String fulfilment,
        LocalDate renewedOn,
        String renewedBy,
        String renewalReason) {

    public static ListEntryView of(ListEntry e) {
        return new ListEntryView(
                e.id(),
                e.business().uscc().value(),
                e.listType(),
                e.agency().code(),
                e.reason(),
                e.listedOn(),
                e.listedBy(),
                e.removedOn(),
                e.removedBy(),
                e.removalReason(),
                e.endsOn(),
                e.removalKind(),
                e.fulfilment(),
                e.renewedOn(),
                e.renewedBy(),
                e.renewalReason());
    }
}
