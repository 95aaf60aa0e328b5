package org.credence.api.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
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
}
