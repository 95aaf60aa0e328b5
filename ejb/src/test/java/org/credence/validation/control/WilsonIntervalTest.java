package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void twoHitsInTenByHand() {
        // r = 0.2, z^2 = 3.841459; centre = (0.2 + 0.192073) / 1.384146 = 0.283260;
        // half-width = 1.959964 * sqrt(0.016 + 0.009604) / 1.384146 = 0.226578: [0.0567, 0.5098] as in the tables
        WilsonInterval interval = WilsonInterval.of(2, 10);
        assertEquals(0.283259840908, interval.centre(), 1e-12);
        assertEquals(0.226577689970, interval.halfWidth(), 1e-12);
        assertEquals(0.056682150938, interval.lower(), 1e-12);
        assertEquals(0.509837530878, interval.upper(), 1e-12);
    }

    @Test
    void noHitStillHasAnIntervalAboveZero() {
        // r = 0: centre = half-width = (z^2/20) / (1 + z^2/10)
        WilsonInterval interval = WilsonInterval.of(0, 10);
        assertEquals(0.138766401513, interval.centre(), 1e-12);
        assertEquals(0, interval.lower(), 1e-12);
        assertEquals(0.277532803026, interval.upper(), 1e-12);
        assertEquals(1, WilsonInterval.of(5, 5).upper(), 1e-12);
    }

    @Test
    void overlapIsSymmetric() {
        WilsonInterval high = WilsonInterval.of(8, 10);
        WilsonInterval none = WilsonInterval.of(0, 10);
        WilsonInterval some = WilsonInterval.of(3, 10);
        assertFalse(high.overlaps(none));
        assertFalse(none.overlaps(high));
        assertTrue(high.overlaps(some));
        assertTrue(some.overlaps(high));
    }

    @Test
    void refusesNoObservations() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(3, 2));
    }
}
