package org.credence.security.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.credence.agency.entity.Agency;
import org.credence.security.entity.CredenceUser;
import org.credence.security.entity.Role;

/** Resolves the authenticated caller of the current request to a {@link CallerIdentity}. */
@Stateless
@DeclareRoles({Role.Names.SYSTEM_ADMIN, Role.Names.AGENCY_ADMIN, Role.Names.INSPECTOR, Role.Names.AUDITOR})
public class Callers {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    public CallerIdentity current() {
        String name = session.getCallerPrincipal().getName();
        Agency agency = em.createNamedQuery(CredenceUser.FIND_BY_USERNAME, CredenceUser.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .map(CredenceUser::agency)
                .orElse(null);
        return new CallerIdentity(
                name,
                session.isCallerInRole(Role.Names.SYSTEM_ADMIN),
                session.isCallerInRole(Role.Names.AGENCY_ADMIN),
                agency);
    }
}
