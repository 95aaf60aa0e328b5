package org.credence.inspection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrawSeedTest {

    @Test
    void theCommitmentIsTheSha256OfTheSeedsText() {
        // FIPS 180-2's example: SHA-256("abc")
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DrawSeed.commitment("abc"));
    }

    @Test
    void theSeedIsTheServerSeedAloneOrFollowedByTheEntropyAfterAColon() {
        assertEquals("00ff", DrawSeed.of("00ff", null));
        assertEquals("00ff:20270105-SSE-close", DrawSeed.of("00ff", "20270105-SSE-close"));
    }

    @Test
    void aStoredDrawRevealsTheSeedItWasDrawnWith() {
        Draw draw = new Draw(
                1,
                "2027-P0001-001",
                1,
                null,
                "DRAWN",
                "ab",
                DrawSeed.commitment("ab"),
                "xyz",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(DrawSeed.of("ab", "xyz"), draw.seed());
    }

    @Test
    void aServerSeedIs32RandomBytesInLowercaseHex() {
        String one = DrawSeed.newServerSeed();
        assertTrue(one.matches("[0-9a-f]{64}"), one);
        assertNotEquals(one, DrawSeed.newServerSeed());
    }
}
