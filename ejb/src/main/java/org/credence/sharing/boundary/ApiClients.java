package org.credence.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.agency.entity.Agency;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.ModelStore;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.Callers;
import org.credence.security.control.PasswordHashing;
import org.credence.sharing.control.SigningKeys;
import org.credence.sharing.control.Tokens;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.ApiClient;
import org.credence.sharing.entity.ClientSnapshot;
import org.credence.sharing.entity.SharingAgreement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Agencies' API clients: registration by a SYSTEM_ADMIN (the secret is shown once), agreements,
 * access tokens (client credentials) and the signing keys' rotation.
 */
@Stateless
public class ApiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    PasswordHashing passwords;

    @Inject
    ClientDirectory directory;

    @Inject
    @ConfigProperty(name = "credence.sharing.token-seconds", defaultValue = "300")
    int tokenSeconds;

    Clock clock = Clock.systemUTC();

    /** A client as administrators see it; {@code secret} only in the answer to registration. */
    public record ClientView(
            String clientId,
            String name,
            String agency,
            @Schema(enumeration = {"ACTIVE", "DISABLED"}) String status,
            LocalDateTime createdAt,
            String createdBy,
            AgreementView agreement,
            String secret) {}

    public record AgreementView(
            String reference,

            @Schema(type = SchemaType.ARRAY, implementation = Agreement.Part.class)
            List<String> reads,

            List<Long> models,
            LocalDate validUntil) {}

    public record ClientRequest(String name, String agency) {}

    public record AgreementRequest(
            String reference,

            @Schema(type = SchemaType.ARRAY, implementation = Agreement.Part.class)
            List<String> reads,

            List<Long> models,
            LocalDate validUntil) {}

    /** An OAuth 2.0 token response (RFC 6749 section 5.1). */
    public record TokenResponse(
            String access_token,
            @Schema(enumeration = "Bearer") String token_type,
            long expires_in) {}

    /**
     * Why a client's credentials were refused: the problem's type is the RFC 6749 error code
     * ({@code invalid_request} 400, {@code invalid_client} 401).
     */
    public static final class ClientRefusedException extends CredenceException {
        public ClientRefusedException(String error, Message message) {
            super(error, "invalid_client".equals(error) ? 401 : 400, Message.of("title.token-refused"), message);
        }
    }

    public ClientView register(ClientRequest request) {
        requireSystemAdmin();
        List<FieldError> errors = new ArrayList<>();
        if (request == null
                || request.name() == null
                || request.name().isBlank()
                || request.name().length() > 200) {
            errors.add(new FieldError("name", Message.of("required-at-most-200")));
        }
        if (request == null || request.agency() == null || request.agency().isBlank()) {
            errors.add(new FieldError("agency", Message.of("is-required-an-agency-code")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String by = callers.current().name();
        Agency agency = em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class)
                .setParameter("code", request.agency())
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new InvalidRequestException("agency", Message.of("is-not-an-agency-code", request.agency())));
        String clientId =
                request.agency().toLowerCase(Locale.ROOT) + "-" + HexFormat.of().formatHex(random(6));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        em.createNamedQuery(ApiClient.INSERT)
                .setParameter(1, clientId)
                .setParameter(2, request.name().strip())
                .setParameter(3, agency.id())
                .setParameter(4, passwords.hash(secret))
                .setParameter(5, now())
                .setParameter(6, by)
                .executeUpdate();
        WriteLog.record(by, "api-client.register", clientId);
        return view(stored(clientId), secret);
    }

    /** Registering clients, their agreements, secrets and the signing keys are a system administrator's. */
    private void requireSystemAdmin() {
        if (!callers.current().systemAdmin()) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-manages-agencies"));
        }
    }

    public List<ClientView> all() {
        return em.createNamedQuery(ApiClient.ALL, ApiClient.class)
                .getResultStream()
                .map(cl -> view(cl, null))
                .toList();
    }

    public ClientView find(String clientId) {
        return view(client(clientId), null);
    }

    public ClientView setAgreement(String clientId, AgreementRequest request) {
        requireSystemAdmin();
        List<FieldError> errors = new ArrayList<>();
        Set<Agreement.Part> reads = EnumSet.noneOf(Agreement.Part.class);
        if (request == null
                || request.reference() == null
                || request.reference().isBlank()
                || request.reference().length() > 100) {
            errors.add(new FieldError("reference", Message.of("is-required-the-agreement-s-reference")));
        }
        if (request == null || request.reads() == null || request.reads().isEmpty()) {
            errors.add(new FieldError(
                    "reads", Message.of("is-required-one-or-more-of", List.of(Agreement.Part.values()))));
        } else {
            for (int i = 0; i < request.reads().size(); i++) {
                String part = request.reads().get(i);
                try {
                    reads.add(Agreement.Part.valueOf(part));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new FieldError(
                            "reads[" + i + "]", Message.of("is-not-one-of", List.of(Agreement.Part.values()))));
                }
            }
        }
        if (request == null || request.models() == null || request.models().isEmpty()) {
            errors.add(new FieldError("models", Message.of("is-required-the-ids-of-the")));
        }
        String by = callers.current().name();
        database.run(c -> {
            if (request != null && request.models() != null) {
                for (int i = 0; i < request.models().size(); i++) {
                    Long id = request.models().get(i);
                    if (id == null || ModelStore.find(c, id) == null) {
                        errors.add(new FieldError("models[" + i + "]", Message.of("is-not-a-credit-model", id)));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        });
        ApiClient client = client(clientId);
        SharingAgreement added = client.agree(
                new Agreement(
                        request.reference().strip(),
                        reads,
                        request.models().stream().distinct().toList(),
                        request.validUntil()),
                now(),
                by);
        if (added != null) {
            em.persist(added);
        }
        WriteLog.record(by, "api-client.agreement", clientId);
        directory.changed(clientId);
        return view(client, null);
    }

    public ClientView setStatus(String clientId, boolean active) {
        requireSystemAdmin();
        String by = callers.current().name();
        ApiClient client = client(clientId);
        client.setActive(active);
        // a disabled client's tokens stay refused when it is enabled again: it asks for new ones
        client.revokeTokens();
        WriteLog.record(by, active ? "api-client.enable" : "api-client.disable", clientId);
        directory.changed(clientId);
        return view(client, null);
    }

    /** A new secret for a client (the old one stops working); shown once. */
    public ClientView newSecret(String clientId) {
        requireSystemAdmin();
        String by = callers.current().name();
        ApiClient client = client(clientId);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        client.setSecretHash(passwords.hash(secret));
        // a new secret answers a leaked one: the tokens issued with the old secret stop working too
        client.revokeTokens();
        WriteLog.record(by, "api-client.secret", clientId);
        directory.changed(clientId);
        return view(client, secret);
    }

    /** Client credentials grant: a signed token for an active client with the right secret. */
    public TokenResponse token(String clientId, String secret) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new ClientRefusedException("invalid_request", Message.of("client-id-and-client-secret-are"));
        }
        ApiClient client = stored(clientId);
        if (client == null || !passwords.matches(secret, client.secretHash())) {
            throw new ClientRefusedException("invalid_client", Message.of("unknown-client-or-wrong-secret"));
        }
        if (!ApiClient.ACTIVE.equals(client.status())) {
            throw new ClientRefusedException("invalid_client", Message.of("client-is-disabled", clientId));
        }
        return database.call(c -> {
            Tokens.Key key = SigningKeys.signingKey(c, now());
            String token = Tokens.issue(
                    key,
                    clientId,
                    client.agency().code(),
                    client.tokenGeneration(),
                    clock.instant(),
                    Duration.ofSeconds(tokenSeconds));
            return new TokenResponse(token, "Bearer", tokenSeconds);
        });
    }

    /** Retires the signing key (it verifies until its tokens run out) and starts signing with a new one. */
    public Map<String, Object> rotateKeys() {
        requireSystemAdmin();
        String by = callers.current().name();
        return database.call(c -> {
            Tokens.Key key = SigningKeys.rotate(c, now(), Duration.ofSeconds(tokenSeconds));
            WriteLog.record(by, "signing-key.rotate", key.kid());
            Map<String, Object> answer = new HashMap<>();
            answer.put("signingKey", key.kid());
            answer.put(
                    "verifying",
                    SigningKeys.verifyingKeys(c, now()).stream()
                            .map(k -> k.key().kid())
                            .toList());
            return answer;
        });
    }

    /** The public keys that verify tokens now, as a JWK set. */
    public String jwks() {
        return database.call(c -> {
            SigningKeys.signingKey(c, now());
            return Tokens.jwks(SigningKeys.verifyingKeys(c, now()).stream()
                    .map(SigningKeys.StoredKey::key)
                    .toList());
        });
    }

    /** The public keys that verify tokens now, by kid. */
    public Map<String, RSAPublicKey> verifyingKeys() {
        return database.call(c -> {
            Map<String, RSAPublicKey> keys = new HashMap<>();
            SigningKeys.verifyingKeys(c, now())
                    .forEach(k -> keys.put(k.key().kid(), k.key().publicKey()));
            return keys;
        });
    }

    private ApiClient client(String clientId) {
        ApiClient client = stored(clientId);
        if (client == null) {
            throw new NotFoundException("client-not-found", Message.of("there-is-no-api-client", clientId));
        }
        return client;
    }

    /** The client as stored now, as a value the client cache may keep; null if there is none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClientSnapshot snapshot(String clientId) {
        ApiClient client = stored(clientId);
        return client == null ? null : client.snapshot();
    }

    /** The client, or null. */
    private ApiClient stored(String clientId) {
        return em.createNamedQuery(ApiClient.BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static ClientView view(ApiClient c, String secret) {
        Agreement a = c.agreement();
        AgreementView agreement = a.reference() == null
                ? null
                : new AgreementView(
                        a.reference(),
                        a.reads().stream().sorted().map(Enum::name).toList(),
                        a.modelIds(),
                        a.validUntil());
        return new ClientView(
                c.clientId(), c.name(), c.agency().code(), c.status(), c.createdAt(), c.createdBy(), agreement, secret);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
