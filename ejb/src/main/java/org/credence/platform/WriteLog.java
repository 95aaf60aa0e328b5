package org.credence.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * One log line per write, in one format: who did what to which thing. Inside a transaction the line
 * is written when it commits, so a rolled-back write leaves no line.
 */
public final class WriteLog {

    private static final Logger LOG = Logger.getLogger("org.credence.writes");
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private WriteLog() {
    }

    public static void record(String who, String action, String subject) {
        String line = "write action=" + action + " subject=" + subject + " by=" + who;
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            LOG.info(line);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    LOG.info(line);
                }
            }
        });
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException e) {
            return null;
        }
    }
}
