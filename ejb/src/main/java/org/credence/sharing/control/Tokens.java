package org.credence.sharing.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Agency clients' access tokens: RS256-signed JWTs with MicroProfile JWT's claims ({@code iss},
 * {@code aud}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}) and
 * the client's agency. Several keys verify at once, each named by its {@code kid}, so keys rotate
 * without refusing a token already issued.
 */
public final class Tokens {

    public static final String ISSUER = "credence";
    public static final String AUDIENCE = "credence-api";
    public static final String CLIENT_GROUP = "AGENCY_CLIENT";

    /** A signing key; {@code privateKey} is null where only verification is needed. */
    public record Key(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {}

    /** What a valid token says: the client, its agency, and when the token expires. */
    public record Claims(String clientId, String agencyCode, Instant expiresAt, String tokenId, int generation) {}

    /** Why a token is refused; the message is safe to return to the caller. */
    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    private Tokens() {}

    public static Key generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new Key(
                    UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String issue(Key key, String clientId, String agencyCode, Instant now, Duration lifetime) {
        return issue(key, clientId, agencyCode, 0, now, lifetime);
    }

    /** A token of the client's {@code generation} of tokens (claim {@code gen}); a newer generation revokes it. */
    public static String issue(
            Key key, String clientId, String agencyCode, int generation, Instant now, Duration lifetime) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(clientId)
                .claim("upn", clientId)
                .claim("groups", List.of(CLIENT_GROUP))
                .claim("agency", agencyCode)
                .claim("gen", generation)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.kid())
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /**
     * Checks the signature with the key the token names ({@code keys} returns null for a key that
     * does not verify now), the algorithm, issuer, audience and lifetime.
     */
    public static Claims verify(String token, Function<String, RSAPublicKey> keys, Instant now)
            throws InvalidTokenException {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidTokenException("the token is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("the token is not signed with RS256");
        }
        String kid = jwt.getHeader().getKeyID();
        RSAPublicKey key = kid == null ? null : keys.apply(kid);
        if (key == null) {
            throw new InvalidTokenException("the token's signing key is unknown or retired");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new InvalidTokenException("the token's signature is not valid");
            }
        } catch (JOSEException e) {
            throw new InvalidTokenException("the token's signature is not valid");
        }
        if (!ISSUER.equals(claims.getIssuer())
                || claims.getAudience() == null
                || !claims.getAudience().contains(AUDIENCE)) {
            throw new InvalidTokenException("the token was not issued by Credence for its API");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !now.isBefore(expiry.toInstant())) {
            throw new InvalidTokenException("the token has expired");
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plusSeconds(60))) {
            throw new InvalidTokenException("the token is issued in the future");
        }
        Object agency = claims.getClaim("agency");
        if (claims.getSubject() == null || !(agency instanceof String)) {
            throw new InvalidTokenException("the token names no client or agency");
        }
        Object generation = claims.getClaim("gen");
        return new Claims(
                claims.getSubject(),
                (String) agency,
                expiry.toInstant(),
                claims.getJWTID(),
                generation instanceof Number n ? n.intValue() : 0);
    }

    /** The public keys as a JWK set (RFC 7517), for clients that check tokens themselves. */
    public static String jwks(List<Key> keys) {
        return new JWKSet(keys.stream()
                        .map(k -> (com.nimbusds.jose.jwk.JWK) new RSAKey.Builder(k.publicKey())
                                .keyID(k.kid())
                                .keyUse(KeyUse.SIGNATURE)
                                .algorithm(JWSAlgorithm.RS256)
                                .build())
                        .toList())
                .toString(true);
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static RSAPublicKey publicKey(String encoded) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAPrivateKey privateKey(String encoded) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
