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
import org.credence.platform.WriteLog;
import org.credence.security.control.PasswordHashing;
import org.credence.security.entity.CredenceUser;
import org.credence.security.entity.Role;

/**
 * Creates the first system administrator of a production installation from a password the operator
 * supplies (credence.bootstrap.admin-password), and only while no system administrator exists.
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
    public void createIfNoneExists(String password) {
        long admins = em.createNamedQuery(CredenceUser.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.SYSTEM_ADMIN)
                .getSingleResult();
        if (admins > 0) {
            LOG.info("a system administrator exists; credence.bootstrap.admin-password is ignored and can be removed");
            return;
        }
        em.persist(new CredenceUser(USERNAME, passwords.hash(password), null, EnumSet.of(Role.SYSTEM_ADMIN),
                LocalDateTime.now(ZoneOffset.UTC)));
        WriteLog.record("bootstrap", "user.create", USERNAME + " (SYSTEM_ADMIN)");
    }
}
