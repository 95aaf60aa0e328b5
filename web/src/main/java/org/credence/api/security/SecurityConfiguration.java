package org.credence.api.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.credence.security.entity.Role;

/**
 * Users and roles live in the Credence database (tables app_user and app_user_role), passwords as
 * PBKDF2 hashes. People authenticate with HTTP Basic and agencies' systems with access tokens
 * ({@link CredenceAuthentication}); web.xml requires a signed-in caller under /api, and each
 * resource method names the roles it admits.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/credence",
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR,
    Role.Names.AGENCY_CLIENT})
@ApplicationScoped
public class SecurityConfiguration {
}
