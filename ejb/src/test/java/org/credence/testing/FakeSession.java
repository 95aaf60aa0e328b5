package org.credence.testing;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Set;

/** A session context that answers who the caller is and which roles they have, for beans tested outside a container. */
public final class FakeSession {

    private FakeSession() {}

    public static SessionContext of(String name, String... roles) {
        Set<String> granted = Set.of(roles);
        Principal principal = () -> name;
        return (SessionContext) Proxy.newProxyInstance(
                SessionContext.class.getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> granted.contains((String) args[0]);
                    default -> throw new UnsupportedOperationException("not in this fake: " + method.getName());
                });
    }
}
