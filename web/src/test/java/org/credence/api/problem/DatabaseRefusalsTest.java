package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Locale;
import org.credence.platform.ConflictException;
import org.credence.platform.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * A statement the database refused beneath the container's or the entity manager's exceptions is answered as the
 * same refusal JDBC work gets, not as an incident.
 */
class DatabaseRefusalsTest {

    /** What a unique violation found at commit looks like when it reaches JAX-RS. */
    private static Throwable atCommit(String sqlState) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new PersistenceException(new SQLException("refused", sqlState)));
        return new EJBException(rollback);
    }

    @Test
    void aDuplicateAtCommitIsAConflict() {
        assertInstanceOf(ConflictException.class, Problems.effective(atCommit("23505")));
        Problem problem = Problems.of(atCommit("23505"), Locale.ENGLISH);
        assertEquals(409, problem.status());
        Problem chinese = Problems.of(atCommit("23505"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(409, chinese.status());
        assertNotEquals(problem.detail(), chinese.detail(), "the detail is in the reader's language");
    }

    @Test
    void aLockTimeoutOfTheEntityManagerIsUnavailableWithAWait() {
        Throwable failure = new EJBException(new PersistenceException(new SQLException("lock timeout", "HYT00")));
        Throwable effective = Problems.effective(failure);
        DatabaseUnavailableException unavailable = assertInstanceOf(DatabaseUnavailableException.class, effective);
        assertEquals(503, Problems.of(failure, Locale.ENGLISH).status());
        assertTrue(unavailable.retryAfterSeconds() > 0, "the mapper sends Retry-After from it");
    }

    @Test
    void anInternalFailureStaysAnIncident() {
        Throwable failure = new EJBException(new PersistenceException(new SQLException("syntax", "42000")));
        assertSame(failure, Problems.effective(failure));
        assertEquals(500, Problems.of(failure, Locale.ENGLISH).status());
        IllegalStateException plain = new IllegalStateException("not the database");
        assertSame(plain, Problems.effective(plain));
    }
}
