package org.credence.sharing.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
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
import javax.sql.DataSource;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.ModelStore;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.control.Callers;
import org.credence.security.control.PasswordHashing;
import org.credence.sharing.control.Agreement;
import org.credence.sharing.control.ClientStore;
import org.credence.sharing.control.ClientStore.Client;
import org.credence.sharing.control.Tokens;
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

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

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
        try (Connection c = dataSource.getConnection()) {
            Long agencyId = Jdbc.one(c, "select id from agency where code = ?", rs -> rs.getLong(1), request.agency());
            if (agencyId == null) {
                throw new InvalidRequestException("agency", Message.of("is-not-an-agency-code", request.agency()));
            }
            String clientId = request.agency().toLowerCase(Locale.ROOT) + "-"
                    + HexFormat.of().formatHex(random(6));
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
            ClientStore.insert(c, clientId, request.name().strip(), agencyId, passwords.hash(secret), now(), by);
            WriteLog.record(by, "api-client.register", clientId);
            Client client = ClientStore.find(c, clientId);
            return view(client, secret);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registering clients, their agreements, secrets and the signing keys are a system administrator's. */
    private void requireSystemAdmin() {
        if (!callers.current().systemAdmin()) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-manages-agencies"));
        }
    }

    public List<ClientView> all() {
        try (Connection c = dataSource.getConnection()) {
            return ClientStore.all(c).stream().map(cl -> view(cl, null)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ClientView find(String clientId) {
        try (Connection c = dataSource.getConnection()) {
            return view(client(c, clientId), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        try (Connection c = dataSource.getConnection()) {
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
            Client client = client(c, clientId);
            ClientStore.putAgreement(
                    c,
                    client.id(),
                    new Agreement(
                            request.reference().strip(),
                            reads,
                            request.models().stream().distinct().toList(),
                            request.validUntil()),
                    now(),
                    by);
            WriteLog.record(by, "api-client.agreement", clientId);
            directory.changed(clientId);
            return view(ClientStore.find(c, clientId), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ClientView setStatus(String clientId, boolean active) {
        requireSystemAdmin();
        String by = callers.current().name();
        try (Connection c = dataSource.getConnection()) {
            Client client = client(c, clientId);
            ClientStore.setStatus(c, client.id(), active ? "ACTIVE" : "DISABLED");
            // a disabled client's tokens stay refused when it is enabled again: it asks for new ones
            ClientStore.revokeTokens(c, client.id());
            WriteLog.record(by, active ? "api-client.enable" : "api-client.disable", clientId);
            directory.changed(clientId);
            return view(ClientStore.find(c, clientId), null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new secret for a client (the old one stops working); shown once. */
    public ClientView newSecret(String clientId) {
        requireSystemAdmin();
        String by = callers.current().name();
        try (Connection c = dataSource.getConnection()) {
            Client client = client(c, clientId);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
            ClientStore.setSecret(c, client.id(), passwords.hash(secret));
            // a new secret answers a leaked one: the tokens issued with the old secret stop working too
            ClientStore.revokeTokens(c, client.id());
            WriteLog.record(by, "api-client.secret", clientId);
            directory.changed(clientId);
            return view(ClientStore.find(c, clientId), secret);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Client credentials grant: a signed token for an active client with the right secret. */
    public TokenResponse token(String clientId, String secret) {
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new ClientRefusedException("invalid_request", Message.of("client-id-and-client-secret-are"));
        }
        try (Connection c = dataSource.getConnection()) {
            Client client = ClientStore.find(c, clientId);
            if (client == null || !passwords.matches(secret, client.secretHash())) {
                throw new ClientRefusedException("invalid_client", Message.of("unknown-client-or-wrong-secret"));
            }
            if (!client.active()) {
                throw new ClientRefusedException("invalid_client", Message.of("client-is-disabled", clientId));
            }
            Tokens.Key key = ClientStore.signingKey(c, now());
            String token = Tokens.issue(
                    key,
                    clientId,
                    client.agencyCode(),
                    client.tokenGeneration(),
                    clock.instant(),
                    Duration.ofSeconds(tokenSeconds));
            return new TokenResponse(token, "Bearer", tokenSeconds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Retires the signing key (it verifies until its tokens run out) and starts signing with a new one. */
    public Map<String, Object> rotateKeys() {
        requireSystemAdmin();
        String by = callers.current().name();
        try (Connection c = dataSource.getConnection()) {
            Tokens.Key key = ClientStore.rotate(c, now(), Duration.ofSeconds(tokenSeconds));
            WriteLog.record(by, "signing-key.rotate", key.kid());
            Map<String, Object> answer = new HashMap<>();
            answer.put("signingKey", key.kid());
            answer.put(
                    "verifying",
                    ClientStore.verifyingKeys(c, now()).stream()
                            .map(k -> k.key().kid())
                            .toList());
            return answer;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys that verify tokens now, as a JWK set. */
    public String jwks() {
        try (Connection c = dataSource.getConnection()) {
            ClientStore.signingKey(c, now());
            return Tokens.jwks(ClientStore.verifyingKeys(c, now()).stream()
                    .map(ClientStore.StoredKey::key)
                    .toList());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys that verify tokens now, by kid. */
    public Map<String, RSAPublicKey> verifyingKeys() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, RSAPublicKey> keys = new HashMap<>();
            ClientStore.verifyingKeys(c, now())
                    .forEach(k -> keys.put(k.key().kid(), k.key().publicKey()));
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Client client(Connection c, String clientId) throws SQLException {
        Client client = ClientStore.find(c, clientId);
        if (client == null) {
            throw new NotFoundException("client-not-found", Message.of("there-is-no-api-client", clientId));
        }
        return client;
    }

    static ClientView view(Client c, String secret) {
        Agreement a = c.agreement();
        AgreementView agreement = a.reference() == null
                ? null
                : new AgreementView(
                        a.reference(),
                        a.reads().stream().sorted().map(Enum::name).toList(),
                        a.modelIds(),
                        a.validUntil());
        return new ClientView(
                c.clientId(), c.name(), c.agencyCode(), c.status(), c.createdAt(), c.createdBy(), agreement, secret);
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
