package org.credence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.credence.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aDayAskedAboutLiesBetweenTheFoundingAndTenYearsAhead() {
        assertEquals(LocalDate.of(2036, 12, 4), QueryParameters.date("on", "2036-12-04", TODAY));
        assertEquals(LocalDate.of(1949, 10, 1), QueryParameters.date("on", "1949-10-01", TODAY));
        assertNull(QueryParameters.date("on", " ", TODAY));
        for (String bad : new String[] {"2036-12-05", "1949-09-30", "+169087565-03-15", "-999999999-01-01"}) {
            InvalidRequestException refused =
                    assertThrows(InvalidRequestException.class, () -> QueryParameters.date("on", bad, TODAY), bad);
            assertEquals("on", refused.errors().get(0).field());
        }
    }
}
