package org.credence.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import javax.sql.DataSource;
import org.credence.audit.control.AuditLog;
import org.credence.platform.GroupCommit;
import org.credence.platform.jdbc.Database;

/**
 * The audit entries of lookups, which change nothing else: each lookup's entry is committed before
 * its answer is given, and the entries of lookups arriving together are committed together
 * ({@link GroupCommit}), so that a busy agency's lookups do not each wait for a disk flush of their
 * own. For callers outside a transaction; a change audits in its own transaction instead
 * ({@link AuditLog#append}).
 */
@ApplicationScoped
public class AuditWriter {

    private static final int MAX_BATCH = 1_000;

    /** A small pool of the writer's own: a caller waiting for its batch may hold every connection of jdbc/credence. */
    @Resource(lookup = "jdbc/credence-audit")
    DataSource dataSource;

    /** The access class on the writer's own pool, made on the first batch. */
    private volatile Database database;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final GroupCommit<AuditLog.Entry> group = new GroupCommit<>(this::write, MAX_BATCH);

    /**
     * Returns once the entry is committed; fails (and the lookup with it) if it could not be. An entry
     * that cannot fit is refused here (400 or 413), before it joins a batch with other callers' entries.
     */
    public void append(AuditLog.Entry entry) {
        AuditLog.check(entry);
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("the audit writer commits on its own: call it outside a transaction");
        }
        group.submit(entry);
    }

    private void write(List<AuditLog.Entry> batch) {
        Database own = database;
        if (own == null) {
            database = own = new Database(dataSource);
        }
        own.run(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean committed = false;
                try {
                    AuditLog.appendAll(c, batch);
                    c.commit();
                    committed = true;
                } finally {
                    if (!committed) {
                        c.rollback();
                    }
                }
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }
}
