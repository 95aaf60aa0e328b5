package org.credence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;

/**
 * The application's persistence unit outside the server, on a {@link TestDatabase}: the same entities, mappings and
 * named queries, run by EclipseLink (the server's provider) with local transactions instead of the container's.
 */
public final class TestEntities implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestEntities(TestDatabase db) {
        factory = Persistence.createEntityManagerFactory(
                "credence",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource", "",
                        "jakarta.persistence.nonJtaDataSource", db.dataSource(),
                        "eclipselink.target-server", "None",
                        "eclipselink.weaving", "false"));
    }

    /**
     * Runs the work in one transaction of a new entity manager and commits it; a failure, or the work's marking the
     * transaction for rollback, rolls it back.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            if (em.getTransaction().getRollbackOnly()) {
                em.getTransaction().rollback();
            } else {
                em.getTransaction().commit();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
