package org.credence.changes.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeLogEntry;
import org.credence.platform.jdbc.Database;

/** The change log: appended to inside the transaction of every change, read in sequence order. */
@Stateless
public class ChangeLog {

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    /** Appends within the caller's transaction, after flushing its pending JPA changes. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long append(Change change) {
        em.flush();
        return database.call(connection -> ChangeLogWriter.append(connection, List.of(change)));
    }

    /** Takes the change log's lock now, before the caller checks what it is about to change. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock() {
        database.run(connection -> ChangeLogWriter.lock(connection));
    }

    public List<ChangeLogEntry> after(long after, int limit) {
        return em.createNamedQuery(ChangeLogEntry.AFTER, ChangeLogEntry.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
