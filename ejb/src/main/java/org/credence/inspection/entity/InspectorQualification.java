package org.credence.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** An inspector's qualification for an inspection item (by the item's row id), valid from one day to another. */
@Embeddable
public class InspectorQualification {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected InspectorQualification() {}

    public InspectorQualification(long itemId, LocalDate validFrom, LocalDate validUntil) {
        this.itemId = itemId;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public long itemId() {
        return itemId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    /** The same item and days: a qualification sent again unchanged is kept as it is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InspectorQualification q
                && q.itemId == itemId
                && Objects.equals(q.validFrom, validFrom)
                && Objects.equals(q.validUntil, validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, validFrom, validUntil);
    }
}
