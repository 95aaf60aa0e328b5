package org.credence.api.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles a resource method admits: the method's own annotation over its class's, as JAX-RS does. */
class RoleCheckTest {

    @Allowed({"AUDITOR"})
    static class Guarded {

        @Allowed({"SYSTEM_ADMIN", "AGENCY_ADMIN"})
        public void own() {}

        public void inherited() {}

        @Public
        public void open() {}
    }

    static class Unannotated {

        public void plain() {}
    }

    private static String[] roles(Class<?> type, String method) throws NoSuchMethodException {
        return RoleCheck.rolesOf(List.<AnnotatedElement>of(type.getMethod(method), type));
    }

    @Test
    void theMethodsAnnotationWinsOverTheClasss() throws Exception {
        assertArrayEquals(new String[] {"SYSTEM_ADMIN", "AGENCY_ADMIN"}, roles(Guarded.class, "own"));
        assertArrayEquals(new String[] {"AUDITOR"}, roles(Guarded.class, "inherited"));
        assertNull(roles(Guarded.class, "open"), "a public method of a guarded class is open");
        assertNull(roles(Unannotated.class, "plain"));
    }

    /** A container's view of a caller, answering role questions with {@code inRole}. */
    private static SecurityContext caller(String name, java.util.function.Predicate<String> inRole) {
        return new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return inRole.test(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Basic";
            }
        };
    }

    /** A container that must not be asked: each ask is a JACC check under a shared lock. */
    private static final SecurityContext NOT_ASKED = caller("someone", role -> {
        throw new AssertionError("asked the container for " + role);
    });

    /** A container that knows the caller as an auditor. */
    private static final SecurityContext AUDITOR = caller("auditor", "AUDITOR"::equals);

    @Test
    void theRolesTheMechanismRecordedDecideWithoutAskingTheContainer() {
        String[] lookup = {"SYSTEM_ADMIN", "AGENCY_ADMIN", "INSPECTOR", "AUDITOR", "AGENCY_CLIENT"};
        assertTrue(RoleCheck.admits(lookup, Set.of("AGENCY_CLIENT"), NOT_ASKED));
        assertFalse(RoleCheck.admits(new String[] {"SYSTEM_ADMIN"}, Set.of("AGENCY_CLIENT"), NOT_ASKED));
        assertFalse(RoleCheck.admits(lookup, Set.of(), NOT_ASKED), "no role recorded: refused");
    }

    @Test
    void withoutRecordedRolesTheContainerIsAsked() {
        assertTrue(RoleCheck.admits(new String[] {"SYSTEM_ADMIN", "AUDITOR"}, null, AUDITOR));
        assertFalse(RoleCheck.admits(new String[] {"SYSTEM_ADMIN"}, null, AUDITOR));
        assertFalse(
                RoleCheck.admits(new String[] {"SYSTEM_ADMIN"}, "AUDITOR", AUDITOR),
                "anything but a set is not a record");
    }
}
