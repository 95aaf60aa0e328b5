package org.credence.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForgedViewStateTest {

    @Test
    void onlyUrlEncodedPostsAreRead() {
        assertTrue(ForgedViewState.urlEncodedPost("POST", "application/x-www-form-urlencoded; charset=UTF-8"));
        assertFalse(ForgedViewState.urlEncodedPost("POST", "multipart/form-data; boundary=x"));
        assertFalse(ForgedViewState.urlEncodedPost("GET", "application/x-www-form-urlencoded"));
        assertFalse(ForgedViewState.urlEncodedPost("POST", null));
    }

    @Test
    void aStatelessViewStateIsForgedAndAnyOtherIsLeftToFaces() {
        assertTrue(ForgedViewState.forged("stateless"));
        assertTrue(ForgedViewState.forged(" STATELESS "));
        assertFalse(ForgedViewState.forged("-1234567890:987654321"));
        assertFalse(ForgedViewState.forged(null));
    }
}
