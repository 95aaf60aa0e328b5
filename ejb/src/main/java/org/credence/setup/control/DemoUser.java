package org.credence.setup.control;

import java.util.List;
import org.credence.security.entity.Role;

/** A demo login: the password equals the user name, which is acceptable only in demo mode. */
public record DemoUser(String username, Role role, String agencyCode) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", Role.SYSTEM_ADMIN, null),
            new DemoUser("samr-admin", Role.AGENCY_ADMIN, "SAMR"),
            new DemoUser("cac-admin", Role.AGENCY_ADMIN, "CAC"),
            new DemoUser("inspector", Role.INSPECTOR, "SAMR"),
            new DemoUser("inspector2", Role.INSPECTOR, "SAMR"),
            new DemoUser("cac-inspector", Role.INSPECTOR, "CAC"),
            new DemoUser("auditor", Role.AUDITOR, null));

    public String password() {
        return username;
    }
}
