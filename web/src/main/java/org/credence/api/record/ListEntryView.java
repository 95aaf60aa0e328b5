package org.credence.api.record;

import java.time.LocalDate;
import org.credence.violation.entity.ListEntry;
import org.credence.violation.entity.ListType;

/** A list entry as the API shows it; the removal fields are absent while the business is on the list. */
public record ListEntryView(long id, String uscc, ListType list, String agency, String reason, LocalDate listedOn,
                            String listedBy, LocalDate removedOn, String removedBy, String removalReason) {

    public static ListEntryView of(ListEntry e) {
        return new ListEntryView(e.id(), e.business().uscc().value(), e.listType(), e.agency().code(), e.reason(),
                e.listedOn(), e.listedBy(), e.removedOn(), e.removedBy(), e.removalReason());
    }
}
