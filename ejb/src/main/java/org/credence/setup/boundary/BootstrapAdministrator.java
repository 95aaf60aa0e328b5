package org.credence.setup.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.credence.audit.control.WriteLog;
import org.credence.security.control.PasswordHashing;
import org.credence.security.entity.CredenceUser;
import org.credence.security.entity.Role;
import org.credence.setup.control.DemoUser;

/**
 * Secures a production installation: creates the first system administrator from a password the
 * operator supplies (credence.bootstrap.admin-password), only while none exists, and disables any
 * demo login that still has its demo password (a database that once ran in demo mode).
 */
@Stateless
public class BootstrapAdministrator {

    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());
    static final String USERNAME = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void disableDemoLogins() {
        for (DemoUser demo : DemoUser.ALL) {
            em.createNamedQuery(CredenceUser.FIND_BY_USERNAME, CredenceUser.class)
                    .setParameter("username", demo.username())
                    .getResultStream()
                    .filter(user -> user.isEnabled() && passwords.matches(demo.password(), user.passwordHash()))
                    .forEach(user -> {
                        user.disable();
                        LOG.warning(() -> "production mode: login " + demo.username()
                                + " still had its demo password and was disabled");
                        WriteLog.record("bootstrap", "user.disable", demo.username() + " (demo password)");
                    });
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createIfNoneExists(String password) {
        long admins = em.createNamedQuery(CredenceUser.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN)
                .getSingleResult();
        if (admins > 0) {
            LOG.info("a system administrator exists; credence.bootstrap.admin-password is ignored and can be removed");
            return;
        }
        em.persist(new CredenceUser(
                USERNAME,
                passwords.hash(password),
                null,
                EnumSet.of(Role.SYSTEM_ADMIN),
                LocalDateTime.now(ZoneOffset.UTC)));
        WriteLog.record("bootstrap", "user.create", USERNAME + " (SYSTEM_ADMIN)");
    }
}
