package org.credence.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.credence.platform.jdbc.SqlErrors;
import org.credence.security.boundary.SignIns;
import org.credence.web.RequestAttributes;
import org.junit.jupiter.api.Test;

/** What a caller gets from the authentication while the database cannot be reached. */
class CredenceAuthenticationTest {

    /** Sign-ins that cannot reach the database, as SignIns reports it. */
    private static final class Unreachable extends SignIns {
        @Override
        public SignedIn signIn(String username, String password, String address) {
            throw SqlErrors.unreachable();
        }
    }

    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, String> requestHeaders = new HashMap<>();
    private final Map<String, String> responseHeaders = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private int status = 200;

    @Test
    void anApiCallerWithBasicCredentialsGets503WithRetryAfterAsAProblemInTheirLanguage() {
        requestHeaders.put(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)));
        requestHeaders.put("Accept-Language", "zh-CN");

        AuthenticationStatus answer = authentication().validateRequest(request(), response(), context(null));

        assertEquals(AuthenticationStatus.SEND_FAILURE, answer);
        assertEquals(503, status);
        assertEquals("5", responseHeaders.get("Retry-After"));
        assertTrue(body.toString().contains("\"status\":503"), body.toString());
        assertTrue(body.toString().contains("暂时无法连接数据库"), body.toString());
    }

    @Test
    void theSignInPageIsLeftTheWaitAndNoResponseIsWritten() {
        AuthenticationStatus answer = authentication()
                .validateRequest(
                        request(),
                        response(),
                        context(AuthenticationParameters.withParams()
                                .credential(new UsernamePasswordCredential("admin", "secret"))));

        assertEquals(AuthenticationStatus.SEND_FAILURE, answer);
        assertEquals(5L, attributes.get(RequestAttributes.UNAVAILABLE));
        assertEquals(200, status, "the sign-in page answers and says why itself");
        assertEquals("", body.toString());
    }

    @Test
    void aPersonSignedInByBasicCredentialsHasTheRolesTheContainerIsToldRecordedForTheRoleCheck() {
        requestHeaders.put(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("auditor:secret".getBytes(StandardCharsets.UTF_8)));
        CredenceAuthentication authentication = new CredenceAuthentication();
        authentication.signIns = new SignIns() {
            @Override
            public SignedIn signIn(String username, String password, String address) {
                return "auditor".equals(username) && "secret".equals(password)
                        ? new SignedIn("auditor", java.util.Set.of("AUDITOR"))
                        : null;
            }
        };
        Object[] told = new Object[2];
        HttpMessageContext context = fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "notifyContainerAboutLogin" -> {
                told[0] = args[0];
                told[1] = args[1];
                yield AuthenticationStatus.SUCCESS;
            }
            default -> null;
        });

        assertEquals(AuthenticationStatus.SUCCESS, authentication.validateRequest(request(), response(), context));
        assertEquals("auditor", told[0]);
        assertEquals(java.util.Set.of("AUDITOR"), told[1]);
        assertEquals(java.util.Set.of("AUDITOR"), attributes.get(RequestAttributes.CALLER_ROLES));
    }

    @Test
    void nobodyNamedLeavesNoRolesRecorded() {
        authentication().validateRequest(request(), response(), context(null));
        assertEquals(null, attributes.get(RequestAttributes.CALLER_ROLES));
    }

    private CredenceAuthentication authentication() {
        CredenceAuthentication authentication = new CredenceAuthentication();
        authentication.signIns = new Unreachable();
        return authentication;
    }

    private HttpServletRequest request() {
        return fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getHeader" -> requestHeaders.get((String) args[0]);
            case "getRequestURI" -> "/credence/api/v1/me";
            case "getContextPath" -> "/credence";
            case "getRemoteAddr" -> "192.0.2.1";
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            default -> null;
        });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return fake(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setStatus" -> status = (Integer) args[0];
            case "setHeader" -> responseHeaders.put((String) args[0], (String) args[1]);
            case "getWriter" -> writer;
            case "flushBuffer" -> {
                writer.flush();
                yield null;
            }
            default -> null;
        });
    }

    private static HttpMessageContext context(AuthenticationParameters parameters) {
        return fake(HttpMessageContext.class, (name, args) -> switch (name) {
            case "getAuthParameters" -> parameters;
            case "isProtected", "isAuthenticationRequest" -> false;
            case "doNothing" -> AuthenticationStatus.NOT_DONE;
            case "responseUnauthorized" -> AuthenticationStatus.SEND_FAILURE;
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                CredenceAuthenticationTest.class.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
