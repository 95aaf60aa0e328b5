package org.credence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The application's persistence unit outside the server, on a {@link TestDatabase}: the same entities, mappings and
 * named queries, run by EclipseLink (the server's provider) with local transactions instead of the container's.
 */
public final class TestEntities implements AutoCloseable {

    private final EntityManagerFactory factory;

    public TestEntities(TestDatabase db) {
        this(db, null);
    }

    /**
     * As another node would: a persistence unit with a session of its own ({@code node} names it), so that it takes its
     * own blocks of ids from the sequences. Two factories of the same unit and properties share one session.
     */
    public TestEntities(TestDatabase db, String node) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", db.dataSource(),
                "eclipselink.target-server", "None",
                "eclipselink.weaving", "false"));
        if (node != null) {
            properties.put("eclipselink.session-name", "credence-" + node);
        }
        factory = Persistence.createEntityManagerFactory("credence", properties);
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
