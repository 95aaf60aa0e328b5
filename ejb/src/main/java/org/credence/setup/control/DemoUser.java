package org.credence.setup.control;

import java.util.List;
import org.credence.security.entity.Role;

/** A demo login: the password equals the user name, which is acceptable only in demo mode. */
public record DemoUser(String username, Role role, String agencyCode, String purpose) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", Role.SYSTEM_ADMIN, null, "system administrator"),
            new DemoUser("samr-admin", Role.AGENCY_ADMIN, "SAMR", "market regulation administrator"),
            new DemoUser("cac-admin", Role.AGENCY_ADMIN, "CAC", "cyberspace administration administrator"),
            new DemoUser("inspector", Role.INSPECTOR, "SAMR", "market regulation inspector"),
            new DemoUser("auditor", Role.AUDITOR, null, "auditor (read only)"));

    public String password() {
        return username;
    }
}
