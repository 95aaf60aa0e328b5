package org.credence.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.credence.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

class QueryTextCheckTest {

    private static void check(String name, String value) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add(name, value);
        QueryTextCheck.check(parameters);
    }

    @Test
    void aParameterWithAControlOrBidirectionalCharacterIsRefusedByName() {
        check("q", "北京 科技");
        assertEquals(
                "q",
                assertThrows(InvalidRequestException.class, () -> check("q", "a\u0000b"))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "q",
                assertThrows(InvalidRequestException.class, () -> check("q", "a\u202Eb"))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(
                "parameter",
                assertThrows(InvalidRequestException.class, () -> check("q\n", "a"))
                        .errors()
                        .get(0)
                        .field());
    }
}
