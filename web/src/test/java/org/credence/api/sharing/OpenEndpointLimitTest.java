package org.credence.api.sharing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenEndpointLimitTest {

    @Test
    void theOpenEndpointsAreCountedAndTheProfileKeepsItsOwnLimit() {
        assertTrue(OpenEndpointLimit.open("public/plans"));
        assertTrue(OpenEndpointLimit.open("/public/draws/3"));
        assertTrue(OpenEndpointLimit.open("oauth/token"));
        assertFalse(OpenEndpointLimit.open("public/businesses/91110000600037341L"));
        assertFalse(OpenEndpointLimit.open("businesses"));
    }
}
