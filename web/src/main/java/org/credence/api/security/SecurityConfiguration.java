package org.credence.api.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.credence.security.entity.Role;

/**
 * Users and roles live in the Credence database (tables app_user and app_user_role), passwords as
 * PBKDF2 hashes, checked by {@code SignIns} (the same work for every name, throttled, audited). People
 * authenticate with HTTP Basic and agencies' systems with access tokens ({@link CredenceAuthentication});
 * web.xml requires a signed-in caller under /api, and each resource method names the roles it admits.
 */
@DeclareRoles({
    Role.Names.SYSTEM_ADMIN,
    Role.Names.AGENCY_ADMIN,
    Role.Names.INSPECTOR,
    Role.Names.AUDITOR,
    Role.Names.AGENCY_CLIENT
})
@ApplicationScoped
public class SecurityConfiguration {}
