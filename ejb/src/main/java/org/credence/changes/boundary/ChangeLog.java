package org.credence.changes.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeLogEntry;

/** The change log: appended to inside the transaction of every change, read in sequence order. */
@Stateless
public class ChangeLog {

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    /** Appends within the caller's transaction, after flushing its pending JPA changes. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long append(Change change) {
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            return ChangeLogWriter.append(connection, List.of(change));
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the change log", e);
        }
    }

    /** Takes the change log's lock now, before the caller checks what it is about to change. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock() {
        try (Connection connection = dataSource.getConnection()) {
            ChangeLogWriter.lock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the change log", e);
        }
    }

    public List<ChangeLogEntry> after(long after, int limit) {
        return em.createNamedQuery(ChangeLogEntry.AFTER, ChangeLogEntry.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
