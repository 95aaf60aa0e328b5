package org.credence.api.sharing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.credence.sharing.boundary.ApiClients.ClientRefusedException;
import org.junit.jupiter.api.Test;

class OAuthBasicTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clientCredentialsComeInHttpBasicFormEncodedAsRfc6749Says() {
        assertArrayEquals(
                new String[] {"sta-0a1b", "s3cr:t/+="},
                OAuthResource.basicCredentials(basic("sta-0a1b:s3cr%3At%2F%2B%3D")));
        assertNull(OAuthResource.basicCredentials(null));
        assertNull(OAuthResource.basicCredentials("Bearer x"));
        assertThrows(ClientRefusedException.class, () -> OAuthResource.basicCredentials(basic("no-colon")));
        assertThrows(ClientRefusedException.class, () -> OAuthResource.basicCredentials("Basic !!!"));
    }
}
