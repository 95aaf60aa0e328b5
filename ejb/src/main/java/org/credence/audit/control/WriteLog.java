package org.credence.audit.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.credence.platform.jdbc.Database;

/**
 * One log line and one audit entry per write, in one format: who did what to which thing. Inside a
 * transaction the line is written when it commits, so a rolled-back write leaves no line, and the
 * audit entry is part of the transaction, so it commits or rolls back with the write.
 */
public final class WriteLog {

    private static final Logger LOG = Logger.getLogger("org.credence.writes");
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final String DATA_SOURCE = "jdbc/credence";

    private WriteLog() {}

    public static void record(String who, String action, String subject) {
        audit(who, action, subject);
        String line = "write action=" + action + " subject=" + subject + " by=" + who;
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            LOG.info(line);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(line);
                }
            }
        });
    }

    /** Appends the audit entry on the application's data source (enlisted in the caller's transaction). */
    private static void audit(String who, String action, String subject) {
        DataSource dataSource;
        try {
            dataSource = (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("the audit log's data source " + DATA_SOURCE + " is not bound", e);
        }
        new Database(dataSource)
                .run(c -> AuditLog.appendForCaller(c, LocalDateTime.now(Clock.systemUTC()), who, action, subject));
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            return null;
        }
    }
}
