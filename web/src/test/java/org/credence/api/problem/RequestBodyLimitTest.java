package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @Test
    void aDeclaredLengthOver2GiBIsReadWhole() {
        assertEquals(8_726_100_218L, RequestBodyLimit.declaredLength("8726100218"));
        assertEquals(4L * 1024 * 1024 * 1024 + 1, RequestBodyLimit.declaredLength(" 4294967297 "));
        assertEquals(1024, RequestBodyLimit.declaredLength("1024"));
    }

    @Test
    void digitsTooManyForALongAreOverAnyLimit() {
        assertEquals(Long.MAX_VALUE, RequestBodyLimit.declaredLength("99999999999999999999999"));
    }

    @Test
    void noLengthOrNoNumberDeclaresNone() {
        assertEquals(-1, RequestBodyLimit.declaredLength(null));
        assertEquals(-1, RequestBodyLimit.declaredLength(""));
        assertEquals(-1, RequestBodyLimit.declaredLength("-5"));
        assertEquals(-1, RequestBodyLimit.declaredLength("12a"));
    }
}
