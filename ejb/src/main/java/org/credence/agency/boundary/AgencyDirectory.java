package org.credence.agency.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.credence.agency.entity.Agency;

/** The agencies that take part in credit supervision. */
@Stateless
public class AgencyDirectory {

    @PersistenceContext
    EntityManager em;

    public List<Agency> all() {
        return em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultList();
    }
}
