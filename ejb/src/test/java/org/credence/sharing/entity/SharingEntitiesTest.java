package org.credence.sharing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.sharing.entity.Agreement.Part;
import org.junit.jupiter.api.Test;

class SharingEntitiesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void anAgreementIsStoredAsSortedPartsAndModelsInOrderAndReadBackTheSame() {
        Agreement a = new Agreement(
                "DSA-2026-01", EnumSet.of(Part.LISTS, Part.SCORE), List.of(3L, 1L), LocalDate.of(2027, 1, 31));
        assertEquals("SCORE,LISTS", a.storedReads(), "in the parts' order");
        assertEquals("3,1", a.storedModelIds());
        assertEquals(a, Agreement.stored("DSA-2026-01", "SCORE,LISTS", "3,1", LocalDate.of(2027, 1, 31)));
        assertSame(Agreement.NONE, Agreement.stored(null, null, null, null), "no row: no agreement");
        assertEquals(List.of(), Agreement.stored("DSA-1", "SCORE", "", null).modelIds());
    }

    @Test
    void theFirstApprovalFixesWhereDeliveriesStartAndNothingElseMovesIt() {
        AtomicInteger reads = new AtomicInteger();
        WebhookSubscription s = new WebhookSubscription();
        s.decide("SUSPENDED", NOW, "admin", () -> reads.incrementAndGet() * 100L);
        assertNull(s.fromSeq(), "suspending a pending subscription starts nothing");
        assertEquals(0, reads.get(), "and reads no change");
        s.decide("APPROVED", NOW.plusMinutes(1), "admin2", () -> reads.incrementAndGet() * 100L);
        assertEquals(100L, s.fromSeq());
        assertEquals("APPROVED", s.status());
        assertEquals("admin2", s.decidedBy());
        s.decide("SUSPENDED", NOW.plusMinutes(2), "admin", () -> reads.incrementAndGet() * 100L);
        s.decide("APPROVED", NOW.plusMinutes(3), "admin", () -> reads.incrementAndGet() * 100L);
        assertEquals(100L, s.fromSeq(), "approved again: queued changes wait, none is skipped");
        assertEquals(1, reads.get());
    }

    @Test
    void aSnapshotHonoursOnlyItsOwnTokensOfItsCurrentGenerationWhileActive() {
        ClientSnapshot active = snapshot(ApiClient.ACTIVE, 4);
        assertEquals(true, active.honours("sta-0a1b2c", 4));
        assertEquals(false, active.honours("sta-0a1b2c", 3), "an earlier generation");
        assertEquals(false, active.honours("cac-0a1b2c", 4), "another client's token");
        assertEquals(false, snapshot(ApiClient.DISABLED, 4).honours("sta-0a1b2c", 4), "disabled");
    }

    private static ClientSnapshot snapshot(String status, int generation) {
        return new ClientSnapshot(
                1, "sta-0a1b2c", "Tax gateway", 6, "STA", "hash", status, NOW, "admin", Agreement.NONE, generation);
    }
}
