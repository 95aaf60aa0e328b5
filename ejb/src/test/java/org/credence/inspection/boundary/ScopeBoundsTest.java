package org.credence.inspection.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.credence.inspection.entity.Scope;
import org.credence.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** A plan's or an item's scope is bounded before it reaches its column (300 region prefixes were a 500). */
class ScopeBoundsTest {

    private static void check(Scope scope) {
        Validation v = new Validation();
        Validation.checkScope(v, scope, "scope.");
        v.throwIfAny();
    }

    @Test
    void threeHundredRegionPrefixesAreOneRefusalOfTheList() {
        List<String> regions = IntStream.range(0, 300)
                .mapToObj(i -> String.valueOf(110000 + i))
                .toList();
        InvalidRequestException refusal =
                assertThrows(InvalidRequestException.class, () -> check(new Scope(null, null, null, regions)));
        assertEquals(1, refusal.errors().size());
        assertEquals("scope.regionPrefixes", refusal.errors().get(0).field());
        assertEquals(
                "holes.scope-too-many-codes", refusal.errors().get(0).text().key());
    }

    @Test
    void codesThatTogetherOverflowTheColumnAreRefused() {
        List<String> platforms = Collections.nCopies(20, "p".repeat(32));
        InvalidRequestException refusal =
                assertThrows(InvalidRequestException.class, () -> check(new Scope(null, null, platforms, null)));
        assertEquals("scope.platforms", refusal.errors().get(0).field());
        assertEquals("holes.scope-too-long", refusal.errors().get(0).text().key());
    }

    @Test
    void aProvinceOfRegionsFits() {
        List<String> regions =
                IntStream.range(0, 71).mapToObj(i -> String.valueOf(330100 + i)).toList();
        assertDoesNotThrow(() -> check(new Scope(null, null, null, regions)));
    }
}
