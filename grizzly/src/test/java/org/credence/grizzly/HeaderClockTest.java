package org.credence.grizzly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderClockTest {

    private static final long LIMIT = 10;

    @Test
    void aConnectionThatSaysNothingIsLateOnceAfterTheLimit() {
        HeaderClock clock = new HeaderClock(0);
        assertFalse(clock.late(10, LIMIT));
        assertTrue(clock.late(11, LIMIT));
        assertFalse(clock.started());
        assertFalse(clock.late(100, LIMIT), "reported once");
    }

    @Test
    void aHeaderTrickledByteByByteIsLateDespiteEveryByte() {
        HeaderClock clock = new HeaderClock(0);
        for (long t = 1; t <= 10; t++) {
            clock.received(t);
            assertFalse(clock.late(t, LIMIT));
        }
        clock.received(11);
        assertTrue(clock.late(11, LIMIT));
        assertTrue(clock.started());
    }

    @Test
    void aLongBodyAndALongAnswerAreNeverTimed() {
        HeaderClock clock = new HeaderClock(0);
        clock.received(1);
        clock.headerRead();
        for (long t = 2; t < 1000; t += 7) {
            clock.received(t);
            assertFalse(clock.late(t, LIMIT));
        }
        clock.answered(100);
        assertFalse(clock.late(2000, LIMIT), "an interim answer ends nothing");
    }

    @Test
    void aKeptAliveConnectionOwesTheNextHeaderFromItsFirstByte() {
        HeaderClock clock = new HeaderClock(0);
        clock.received(1);
        clock.headerRead();
        clock.answered(200);
        assertFalse(clock.late(500, LIMIT), "idle between requests: the keep-alive timeout's business");
        clock.received(500);
        assertFalse(clock.late(510, LIMIT));
        clock.received(511);
        assertTrue(clock.late(511, LIMIT));
    }

    @Test
    void theNextHeaderInTimeIsNotLate() {
        HeaderClock clock = new HeaderClock(0);
        clock.received(1);
        clock.headerRead();
        clock.answered(404);
        clock.received(50);
        clock.headerRead();
        assertFalse(clock.late(100, LIMIT));
        assertFalse(clock.started());
    }

    @Test
    void aConnectionSwitchedToAnotherProtocolIsNeverTimed() {
        HeaderClock clock = new HeaderClock(0);
        clock.received(1);
        clock.headerRead();
        clock.answered(101);
        clock.received(50);
        assertFalse(clock.late(1000, LIMIT));
    }
}
