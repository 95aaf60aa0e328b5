package org.credence.audit.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit log's keys, kept out of the database: a secret key that gives every entry a keyed MAC
 * (HMAC-SHA256) when it is written, and an EC key pair (P-256) whose private key signs checkpoints of
 * the chain's head. Both come from a PKCS12 key store; rotation adds entries to it: the newest key
 * pair signs (or the one configured), older pairs and trusted certificates still verify, and every
 * MAC key a stored entry names must stay in the store to verify that entry.
 */
public final class AuditKeys {

    public static final String SIGNATURE = "SHA256withECDSA";
    private static final String MAC = "HmacSHA256";

    /** A verification key as auditors export it: its id, algorithm and X.509 (SubjectPublicKeyInfo) encoding. */
    public record PublicKeyView(
            String keyId, @Schema(enumeration = SIGNATURE) String algorithm, String publicKey) {}

    private final String macKeyId;
    private final Map<String, SecretKey> macKeys;
    private final String signingKeyId;
    private final PrivateKey signingKey;
    private final Map<String, PublicKey> publicKeys;

    private static volatile AuditKeys installed;

    AuditKeys(
            String macKeyId,
            Map<String, SecretKey> macKeys,
            String signingKeyId,
            PrivateKey signingKey,
            Map<String, PublicKey> publicKeys) {
        if (macKeyId == null || signingKeyId == null) {
            throw new IllegalStateException(
                    "the audit key store needs a secret key (for the entries' MACs) and a key pair"
                            + " (for the checkpoints' signatures)");
        }
        this.macKeyId = macKeyId;
        this.macKeys = Map.copyOf(macKeys);
        this.signingKeyId = signingKeyId;
        this.signingKey = signingKey;
        this.publicKeys = Collections.unmodifiableMap(new LinkedHashMap<>(publicKeys));
    }

    /** The keys every audit write and check of this process uses, loaded from the configuration at first use. */
    public static AuditKeys current() {
        AuditKeys keys = installed;
        if (keys == null) {
            synchronized (AuditKeys.class) {
                if (installed == null) {
                    installed = fromConfiguration();
                }
                keys = installed;
            }
        }
        return keys;
    }

    /**
     * The key store named by {@code credence.audit.keystore} (with {@code credence.audit.keystore-password},
     * and optionally {@code credence.audit.signing-key} and {@code credence.audit.mac-key}, the aliases in
     * use). Without one, a development key store in the domain's config directory, generated at the first
     * start and announced in the log: its key is on the server's disk, so it protects nothing in production.
     */
    static AuditKeys fromConfiguration() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        String signing = config.getOptionalValue("credence.audit.signing-key", String.class)
                .orElse(null);
        String mac =
                config.getOptionalValue("credence.audit.mac-key", String.class).orElse(null);
        java.util.Optional<String> file = config.getOptionalValue("credence.audit.keystore", String.class);
        if (file.isPresent() && !file.get().isBlank()) {
            String password = config.getOptionalValue("credence.audit.keystore-password", String.class)
                    .orElseThrow(() -> new IllegalStateException(
                            "credence.audit.keystore is set but" + " credence.audit.keystore-password is not"));
            AuditKeys keys = load(Path.of(file.get()), password.toCharArray(), signing, mac);
            LOG.info("audit keys from " + file.get() + ": MAC key " + keys.macKeyId + ", signing key "
                    + keys.signingKeyId);
            return keys;
        }
        Path dev = Path.of(
                System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir")),
                "config",
                "credence-audit-dev.p12");
        char[] password = "credence-development".toCharArray();
        if (!Files.exists(dev)) {
            LOG.warning("no audit key store is configured (credence.audit.keystore): generating a development key store"
                    + " at " + dev);
            createDevelopmentKeyStore(dev, password);
        }
        LOG.warning("the audit log's MACs and checkpoints use the DEVELOPMENT key store " + dev + " (no"
                + " credence.audit.keystore configured): its keys lie on this server's disk, so they do not protect the"
                + " log in production; see docs/security.md");
        return load(dev, password, signing, mac);
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AuditKeys.class.getName());

    public static void install(AuditKeys keys) {
        installed = keys;
    }

    /** Installs {@code keys} unless some are installed already (tests share one set). */
    public static synchronized void installIfAbsent(java.util.function.Supplier<AuditKeys> keys) {
        if (installed == null) {
            installed = keys.get();
        }
    }

    public static boolean isInstalled() {
        return installed != null;
    }

    /** Fresh keys held in memory only (tests). */
    public static AuditKeys generate(String id) {
        try {
            KeyGenerator mac = KeyGenerator.getInstance(MAC);
            mac.init(256);
            KeyPair pair = ecPair();
            return new AuditKeys(
                    id + "-mac",
                    Map.of(id + "-mac", mac.generateKey()),
                    id,
                    pair.getPrivate(),
                    Map.of(id, pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /**
     * Reads a PKCS12 key store: its secret keys are MAC keys, its key pairs sign, its certificates
     * verify. The MAC key and the signing key in use are those named, or else the newest of each kind.
     */
    public static AuditKeys load(Path file, char[] password, String signingAlias, String macAlias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Map<String, SecretKey> macs = new LinkedHashMap<>();
            Map<String, PublicKey> publics = new LinkedHashMap<>();
            String newestMac = null;
            String newestPair = null;
            Date newestMacDate = null;
            Date newestPairDate = null;
            for (String alias : Collections.list(store.aliases())) {
                Date created = store.getCreationDate(alias);
                if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    macs.put(alias, (SecretKey) store.getKey(alias, password));
                    if (newestMacDate == null || created.after(newestMacDate)) {
                        newestMac = alias;
                        newestMacDate = created;
                    }
                } else {
                    Certificate certificate = store.getCertificate(alias);
                    if (certificate != null) {
                        publics.put(alias, certificate.getPublicKey());
                    }
                    if (store.isKeyEntry(alias) && (newestPairDate == null || created.after(newestPairDate))) {
                        newestPair = alias;
                        newestPairDate = created;
                    }
                }
            }
            String pair = signingAlias == null || signingAlias.isBlank() ? newestPair : signingAlias;
            String mac = macAlias == null || macAlias.isBlank() ? newestMac : macAlias;
            if (pair == null || !store.isKeyEntry(pair) || !macs.containsKey(mac)) {
                throw new IllegalStateException("the audit key store " + file + " has no signing key pair "
                        + (pair == null ? "" : "'" + pair + "' ") + "or no MAC key "
                        + (mac == null ? "" : "'" + mac + "'"));
            }
            return new AuditKeys(mac, macs, pair, (PrivateKey) store.getKey(pair, password), publics);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the audit key store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Creates a development key store with the JDK's keytool: one key pair ({@code audit-signing-1})
     * and one MAC key ({@code audit-mac-1}). For a domain that has none configured; never for production.
     */
    public static void createDevelopmentKeyStore(Path file, char[] password) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String pass = new String(password);
        run(List.of(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "audit-signing-1",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                SIGNATURE,
                "-dname",
                "CN=Credence audit development key",
                "-validity",
                "3650",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                pass,
                "-keypass",
                pass));
        run(List.of(
                keytool.toString(),
                "-genseckey",
                "-alias",
                "audit-mac-1",
                "-keyalg",
                MAC,
                "-keysize",
                "256",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                pass,
                "-keypass",
                pass));
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String macKeyId() {
        return macKeyId;
    }

    public String signingKeyId() {
        return signingKeyId;
    }

    /** The HMAC-SHA256 (hex) of {@code data} under the MAC key in use. */
    public String mac(String data) {
        return mac(macKeyId, data);
    }

    /** The HMAC-SHA256 (hex) under a named MAC key; null if this process does not hold that key. */
    public String mac(String keyId, String data) {
        SecretKey key = macKeys.get(keyId);
        if (key == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signature (base64 of the DER encoding) of {@code payload} with the signing key in use. */
    public String sign(String payload) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE);
            signature.initSign(signingKey);
            signature.update(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verification keys held here (from the key store), by key id. */
    public Map<String, PublicKey> publicKeys() {
        return publicKeys;
    }

    public PublicKeyView view(String keyId) {
        PublicKey key = publicKeys.get(keyId);
        return key == null ? null : view(keyId, key);
    }

    public static PublicKeyView view(String keyId, PublicKey key) {
        return new PublicKeyView(keyId, SIGNATURE, Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /** A public key from its exported (X.509, base64) form. */
    public static PublicKey publicKey(String base64) {
        try {
            return java.security.KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code signature} (base64) signs {@code payload} under {@code key}. */
    public static boolean verifies(PublicKey key, String payload, String signature) {
        try {
            Signature s = Signature.getInstance(SIGNATURE);
            s.initVerify(key);
            s.update(payload.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
