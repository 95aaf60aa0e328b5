package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.credence.sharing.control.Tokens.InvalidTokenException;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.ClientSnapshot;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Tokens.Key KEY = Tokens.generate();
    private static final Tokens.Key OTHER = Tokens.generate();

    private static Function<String, RSAPublicKey> only(Tokens.Key key) {
        return kid -> kid.equals(key.kid()) ? key.publicKey() : null;
    }

    @Test
    void anIssuedTokenVerifiesUntilItExpires() throws InvalidTokenException {
        String token = Tokens.issue(KEY, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));
        Tokens.Claims claims = Tokens.verify(token, only(KEY), NOW.plusSeconds(299));
        assertEquals("sta-0a1b2c", claims.clientId());
        assertEquals("STA", claims.agencyCode());
        assertEquals(NOW.plusSeconds(300), claims.expiresAt());
        InvalidTokenException expired =
                assertThrows(InvalidTokenException.class, () -> Tokens.verify(token, only(KEY), NOW.plusSeconds(300)));
        assertEquals("the token has expired", expired.getMessage());
    }

    @Test
    void aNewSecretOrADisablingRevokesTheTokensIssuedBefore() throws InvalidTokenException {
        Agreement agreement = new Agreement("DSA-1", java.util.Set.of(Agreement.Part.SCORE), List.of(1L), null);
        ClientSnapshot before = new ClientSnapshot(
                1,
                "sta-0a1b2c",
                "Tax gateway",
                6,
                "STA",
                "hash",
                "ACTIVE",
                LocalDateTime.of(2026, 11, 23, 9, 0),
                "admin",
                agreement,
                3);
        Tokens.Claims old =
                Tokens.verify(Tokens.issue(KEY, "sta-0a1b2c", "STA", 3, NOW, Duration.ofMinutes(5)), only(KEY), NOW);
        assertEquals(3, old.generation());
        assertTrue(before.honours(old.clientId(), old.generation()));
        // the secret renewed, or the client disabled and enabled again: the next generation
        ClientSnapshot after = new ClientSnapshot(
                1,
                "sta-0a1b2c",
                "Tax gateway",
                6,
                "STA",
                "hash2",
                "ACTIVE",
                LocalDateTime.of(2026, 11, 23, 9, 0),
                "admin",
                agreement,
                4);
        assertFalse(after.honours(old.clientId(), old.generation()));
        Tokens.Claims renewed =
                Tokens.verify(Tokens.issue(KEY, "sta-0a1b2c", "STA", 4, NOW, Duration.ofMinutes(5)), only(KEY), NOW);
        assertTrue(after.honours(renewed.clientId(), renewed.generation()));
    }

    @Test
    void theTokenCarriesMicroProfileJwtClaims() {
        String token = Tokens.issue(KEY, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\"") && header.contains("\"kid\":\"" + KEY.kid() + "\""), header);
        for (String claim : List.of(
                "\"iss\":\"credence\"",
                "\"sub\":\"sta-0a1b2c\"",
                "\"upn\":\"sta-0a1b2c\"",
                "\"groups\":[\"AGENCY_CLIENT\"]",
                "\"agency\":\"STA\"",
                "\"jti\":",
                "\"iat\":",
                "\"exp\":")) {
            assertTrue(payload.contains(claim), claim + " in " + payload);
        }
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = Tokens.issue(KEY, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        // the payload changed to another agency, the signature kept
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"STA\"", "\"MPS\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertEquals(
                "the token's signature is not valid",
                assertThrows(InvalidTokenException.class, () -> Tokens.verify(tampered, only(KEY), NOW))
                        .getMessage());
        // signed by a key of its own under our key's name
        Tokens.Key impostor = new Tokens.Key(KEY.kid(), OTHER.publicKey(), OTHER.privateKey());
        String forged = Tokens.issue(impostor, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));
        assertThrows(InvalidTokenException.class, () -> Tokens.verify(forged, only(KEY), NOW));
        // "alg": "none"
        String unsigned = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        assertThrows(InvalidTokenException.class, () -> Tokens.verify(unsigned, only(KEY), NOW));
        assertThrows(InvalidTokenException.class, () -> Tokens.verify("not a token", only(KEY), NOW));
        // a key nobody knows
        String unknown = Tokens.issue(OTHER, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));
        assertEquals(
                "the token's signing key is unknown or retired",
                assertThrows(InvalidTokenException.class, () -> Tokens.verify(unknown, only(KEY), NOW))
                        .getMessage());
    }

    @Test
    void rotationKeepsEarlierTokensValidUntilTheyExpireAndSignsWithTheNewKey() throws Exception {
        TestDatabase db = new TestDatabase();
        LocalDateTime t0 = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC);
        try (Connection c = db.connection()) {
            Tokens.Key first = SigningKeys.signingKey(c, t0);
            assertEquals(
                    first.kid(), SigningKeys.signingKey(c, t0.plusMinutes(1)).kid(), "created once, then reused");
            String before = Tokens.issue(first, "sta-0a1b2c", "STA", NOW, Duration.ofMinutes(5));

            Tokens.Key second = SigningKeys.rotate(c, t0.plusMinutes(2), Duration.ofMinutes(5));
            assertNotEquals(first.kid(), second.kid());
            assertEquals(
                    second.kid(), SigningKeys.signingKey(c, t0.plusMinutes(2)).kid());
            String after = Tokens.issue(
                    SigningKeys.signingKey(c, t0.plusMinutes(2)),
                    "sta-0a1b2c",
                    "STA",
                    NOW.plusSeconds(120),
                    Duration.ofMinutes(5));

            Function<String, RSAPublicKey> atThreeMinutes = keysAt(c, t0.plusMinutes(3));
            assertEquals(
                    "sta-0a1b2c",
                    Tokens.verify(before, atThreeMinutes, NOW.plusSeconds(180)).clientId());
            assertEquals(
                    "sta-0a1b2c",
                    Tokens.verify(after, atThreeMinutes, NOW.plusSeconds(180)).clientId());
            // the retired key verifies for a token lifetime and a minute after the rotation, then no more
            Function<String, RSAPublicKey> later = keysAt(c, t0.plusMinutes(9));
            assertThrows(InvalidTokenException.class, () -> Tokens.verify(before, later, NOW.plusSeconds(540)));
            assertEquals(
                    "sta-0a1b2c",
                    Tokens.verify(after, later, NOW.plusSeconds(400)).clientId());
        }
    }

    private static Function<String, RSAPublicKey> keysAt(Connection c, LocalDateTime at) throws SQLException {
        Map<String, RSAPublicKey> keys = new HashMap<>();
        SigningKeys.verifyingKeys(c, at)
                .forEach(k -> keys.put(k.key().kid(), k.key().publicKey()));
        return keys::get;
    }
}
