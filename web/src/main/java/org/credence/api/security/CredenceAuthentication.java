package org.credence.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.api.problem.Problem;
import org.credence.api.problem.Problems;
import org.credence.platform.DatabaseUnavailableException;
import org.credence.security.boundary.SignIns;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ClientDirectory;
import org.credence.sharing.control.Tokens;
import org.credence.sharing.entity.ClientSnapshot;
import org.credence.web.RequestAttributes;

/**
 * The application's one authentication mechanism. People send HTTP Basic to the API (checked,
 * throttled and audited by {@link SignIns}; the API never asks a browser for Basic) or sign in to the interface's pages on its sign-in page (the
 * HTTP session then keeps them, for the pages only); agencies' systems send {@code Bearer} access tokens from
 * {@code /oauth/token} (RS256 JWTs with MicroProfile JWT's claims, checked against the signing keys
 * in force). A client's caller is a {@link ClientPrincipal} in the AGENCY_CLIENT role.
 */
@ApplicationScoped
public class CredenceAuthentication implements HttpAuthenticationMechanism {

    /** How long the verifying keys are cached; an unknown kid reloads them at once (a rotation on another server). */
    private static final long KEYS_FRESH_NANOS = 60_000_000_000L;

    @Inject
    SignIns signIns;

    @Inject
    ApiClients clients;

    @Inject
    ClientDirectory directory;

    /** Tokens already verified on this server, until they expire: a signature is checked once, not per request. */
    private final Map<String, Tokens.Claims> verified = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int VERIFIED_MAX = 10_000;

    private volatile Map<String, RSAPublicKey> keys = Map.of();
    private volatile long keysLoaded = System.nanoTime() - 2 * KEYS_FRESH_NANOS;

    /** A person signed in to the interface, as the HTTP session keeps them (serializable, for session replication). */
    record SignedIn(String name, List<String> groups) implements Serializable {
        static final String ATTRIBUTE = SignedIn.class.getName();
    }

    /**
     * Who is calling. Signing in and checking a client read the database: while it cannot be reached, the
     * sign-in page says so and an API caller gets 503 with Retry-After, as every other request then does,
     * instead of the container's 500.
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (DatabaseUnavailableException e) {
            if (context.getAuthParameters() != null
                    && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential) {
                request.setAttribute(RequestAttributes.UNAVAILABLE, e.retryAfterSeconds());
                return AuthenticationStatus.SEND_FAILURE;
            }
            return refused(e, 503, e.retryAfterSeconds(), request, response);
        }
    }

    private AuthenticationStatus validate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null
                ? null
                : context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        if (authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/oauth/")) {
            // (at the token endpoint, Basic carries a client's credentials, RFC 6749 2.3.1: OAuthResource reads them)
            return basic(authorization.substring(6).strip(), request, response, context);
        }
        // The interface's pages (never the API: a browser's cookie must not authorise a request that
        // another site makes it send) know the person the session signed in.
        boolean page = !isApi(request);
        if (page) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn in) {
                return loggedIn(request, context, in.name(), in.groups());
            }
        }
        // A URL that web.xml protects gets the challenge (a page: the sign-in page). A programmatic
        // authenticate() without credentials is simply not done: an open resource stays open, and a method
        // with roles answers 401 itself (RoleCheck).
        if (context.isProtected() && !context.isAuthenticationRequest()) {
            if (page) {
                // the page with its query, so that a link to one business's page leads back to that business
                String path = request.getRequestURI()
                                .substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                return context.redirect(request.getContextPath() + "/signin.xhtml?next="
                        + URLEncoder.encode(path, StandardCharsets.UTF_8));
            }
            challenge(response);
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** Tells the container who is calling, and records the roles for {@link RoleCheck} (as the container has them). */
    private static AuthenticationStatus loggedIn(
            HttpServletRequest request, HttpMessageContext context, String name, java.util.Collection<String> roles) {
        return context.notifyContainerAboutLogin(name, new HashSet<>(recorded(request, roles)));
    }

    /** Records the roles the container is about to be told, for {@link RoleCheck}; the one place that does. */
    private static Set<String> recorded(HttpServletRequest request, java.util.Collection<String> roles) {
        Set<String> granted = Set.copyOf(roles);
        request.setAttribute(RequestAttributes.CALLER_ROLES, granted);
        return granted;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * A person signing in on the sign-in page: on success the session (under a new id, so that a
     * session id planted before cannot be used) keeps them until they sign out or it expires.
     */
    private AuthenticationStatus signIn(
            UsernamePasswordCredential password, HttpServletRequest request, HttpMessageContext context) {
        SignIns.SignedIn person;
        try {
            person = signIns.signIn(password.getCaller(), password.getPasswordAsString(), request.getRemoteAddr());
        } catch (SignIns.ThrottledException e) {
            request.setAttribute(RequestAttributes.THROTTLED, e.retryAfterSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (person == null) {
            // no sendError: the sign-in page says what went wrong itself
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.ATTRIBUTE, new SignedIn(person.name(), List.copyOf(person.roles())));
        return loggedIn(request, context, person.name(), person.roles());
    }

    private AuthenticationStatus bearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            java.time.Instant now = java.time.Instant.now();
            Tokens.Claims claims = verified.get(token);
            if (claims == null || !now.isBefore(claims.expiresAt())) {
                claims = Tokens.verify(token, this::key, now);
                if (verified.size() >= VERIFIED_MAX) {
                    verified.values().removeIf(c -> !now.isBefore(c.expiresAt()));
                    if (verified.size() >= VERIFIED_MAX) {
                        verified.clear();
                    }
                }
                verified.put(token, claims);
            }
            ClientSnapshot client = directory.find(claims.clientId());
            if (client == null || !client.active()) {
                throw new Tokens.InvalidTokenException("the token's client is disabled");
            }
            if (!client.honours(claims.clientId(), claims.generation())) {
                throw new Tokens.InvalidTokenException(
                        "the token is revoked: its client has a new secret or was disabled");
            }
            Set<String> roles = recorded(request, Set.of(Role.Names.AGENCY_CLIENT));
            return context.notifyContainerAboutLogin(new ClientPrincipal(claims), new HashSet<>(roles));
        } catch (Tokens.InvalidTokenException e) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"Credence\", error=\"invalid_token\", error_description=\"" + e.getMessage() + "\"");
            return context.responseUnauthorized();
        }
    }

    private AuthenticationStatus basic(
            String encoded, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            SignIns.SignedIn person;
            try {
                person = signIns.signIn(
                        decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
            } catch (SignIns.ThrottledException e) {
                return refused(e, 429, e.retryAfterSeconds(), request, response);
            }
            if (person != null) {
                return loggedIn(request, context, person.name(), person.roles());
            }
        }
        challenge(response);
        return context.responseUnauthorized();
    }

    /** A refusal with the wait in Retry-After, as a problem document in the caller's language. */
    private static AuthenticationStatus refused(
            Exception e, int status, long retryAfterSeconds, HttpServletRequest request, HttpServletResponse response) {
        Locale language = Problems.language(request.getHeader("Accept-Language"));
        try {
            response.setStatus(status);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            response.setHeader("Content-Language", language.toLanguageTag());
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problems.of(e, language).toJson().toString());
            response.flushBuffer();
        } catch (IOException ignored) {
            // the caller went away
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", Problem.CHALLENGE);
        response.setHeader(Problem.BASIC_HINT_HEADER, Problem.BASIC_HINT);
    }

    private RSAPublicKey key(String kid) {
        RSAPublicKey key = keys.get(kid);
        if (key == null || System.nanoTime() - keysLoaded > KEYS_FRESH_NANOS) {
            keys = Map.copyOf(clients.verifyingKeys());
            keysLoaded = System.nanoTime();
            key = keys.get(kid);
        }
        return key;
    }
}
