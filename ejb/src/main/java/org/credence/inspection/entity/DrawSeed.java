package org.credence.inspection.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The seed rule of draw-v1, written once: a draw's server seed (32 random bytes), its public
 * commitment {@code SHA-256(serverSeedHex)}, and the seed the draw uses, {@code serverSeedHex} or
 * {@code serverSeedHex + ":" + publicEntropy}.
 */
public final class DrawSeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DrawSeed() {}

    /** A fresh server seed: 32 bytes from {@link SecureRandom}, as lowercase hex. */
    public static String newServerSeed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /** The seed a draw uses: the server seed, followed by ":" and the public entropy when there is any. */
    public static String of(String serverSeedHex, String publicEntropy) {
        return publicEntropy == null ? serverSeedHex : serverSeedHex + ":" + publicEntropy;
    }

    /** The commitment published before the draw: SHA-256 of the server seed's text, as lowercase hex. */
    public static String commitment(String serverSeedHex) {
        return sha256Hex(serverSeedHex);
    }

    /** SHA-256 of a text's UTF-8 bytes, as lowercase hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest (the one hash of draw-v1). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
