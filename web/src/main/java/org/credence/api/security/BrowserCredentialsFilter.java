package org.credence.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.api.problem.Problems;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a state-changing request made with a person's password that a page of another site could
 * have made their browser send ({@link BrowserCredentials}): 415 for a content type the API does not
 * declare or any site can send, 403 for a foreign origin. Origins other than the API's own are allowed
 * with {@code credence.api.allowed-origins} (comma-separated, e.g. {@code https://portal.example.gov.cn}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BrowserCredentialsFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "credence.api.allowed-origins")
    Optional<String> allowedOrigins;

    @Context
    ResourceInfo resource;

    /** A refused request with a browser's credentials. */
    static final class Refused extends CredenceException {
        Refused(String kind, int status, String title, String detail) {
            super(kind, status, Message.of(title), Message.of(detail));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("oauth/") || path.startsWith("/oauth/")) {
            // Basic there carries a client's id and secret (RFC 6749 2.3.1), never a person's password
            return;
        }
        BrowserCredentials.Verdict verdict = BrowserCredentials.check(
                request.getMethod(),
                request.getHeaderString("Authorization"),
                request.getHeaderString("Content-Type"),
                declared(),
                request.getHeaderString("Origin"),
                request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Host"),
                allowed());
        if (verdict == BrowserCredentials.Verdict.ALLOWED) {
            return;
        }
        Refused refused = verdict == BrowserCredentials.Verdict.CONTENT_TYPE
                ? new Refused("unsupported-media-type", 415, "access.title.content-type", "access.browser-content-type")
                : new Refused("forbidden", 403, "title.forbidden", "access.cross-origin");
        Locale language = Problems.language(request.getHeaderString("Accept-Language"));
        request.abortWith(Problems.inLanguage(Problems.of(refused, language).toResponse(), language));
    }

    private List<String> declared() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return List.of();
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getResourceClass() == null
                    ? null
                    : resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes == null ? List.of() : Arrays.asList(consumes.value());
    }

    private Set<String> allowed() {
        return allowedOrigins == null || allowedOrigins.isEmpty()
                ? Set.of()
                : Arrays.stream(allowedOrigins.get().split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
    }
}
