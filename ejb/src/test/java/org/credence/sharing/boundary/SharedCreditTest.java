package org.credence.sharing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.credence.changes.entity.ChangeKind;
import org.credence.sharing.control.Agreement.Part;
import org.junit.jupiter.api.Test;

class SharedCreditTest {

    @Test
    void aPurposeInChineseArrivesPercentEncodedAndAsciiPassesUnchanged() {
        assertEquals("增值税发票核查 case 1+1", SharedCredit.decoded(
                "%E5%A2%9E%E5%80%BC%E7%A8%8E%E5%8F%91%E7%A5%A8%E6%A0%B8%E6%9F%A5%20case%201+1"));
        assertEquals("invoice check 1+1", SharedCredit.decoded("invoice check 1+1"));
        assertEquals("50% off %zz", SharedCredit.decoded("50% off %zz"), "not percent-encoding: kept as sent");
        assertNull(SharedCredit.decoded(null));
    }

    @Test
    void everyKindOfChangeIsOpenedByOnePartOrSentToNoAgency() {
        assertEquals(Part.SCORE, SharedCredit.partOf(ChangeKind.GRADE_CHANGED.name()));
        assertEquals(Part.LISTS, SharedCredit.partOf(ChangeKind.LIST_ENTERED.name()));
        assertEquals(Part.LISTS, SharedCredit.partOf(ChangeKind.LIST_REMOVED.name()));
        assertEquals(Part.RECORDS, SharedCredit.partOf(ChangeKind.RECORD_ADDED.name()));
        assertEquals(Part.RECORDS, SharedCredit.partOf(ChangeKind.RECORD_REVOKED.name()));
        assertEquals(Part.RECORDS, SharedCredit.partOf(ChangeKind.RECORD_REPAIRED.name()));
        assertEquals(Part.INSPECTIONS, SharedCredit.partOf(ChangeKind.INSPECTION_RESULT_PUBLISHED.name()));
        assertNull(SharedCredit.partOf(ChangeKind.BUSINESS_REGISTERED.name()));
    }
}
