package org.credence.sharing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.credence.sharing.control.ClientCache;
import org.credence.sharing.control.ClientStore;
import org.credence.sharing.control.ClientStore.Client;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API clients every request of an agency's system needs, cached on this server for
 * {@code credence.sharing.client-cache-seconds} (default 5): disabling a client or changing its
 * agreement takes effect at once on the server that made the change, and within that time on the
 * others.
 */
@ApplicationScoped
public class ClientDirectory {

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "credence.sharing.client-cache-seconds", defaultValue = "5")
    int cacheSeconds;

    private ClientCache cache;

    @PostConstruct
    void start() {
        cache = new ClientCache(Duration.ofSeconds(cacheSeconds), System::nanoTime);
    }

    /** The client, whatever its state; null if there is none. */
    public Client find(String clientId) {
        try {
            return cache.get(clientId, id -> {
                try (Connection c = dataSource.getConnection()) {
                    return ClientStore.find(c, id);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client if it is active; else null. */
    public Client active(String clientId) {
        Client client = find(clientId);
        return client != null && client.active() ? client : null;
    }

    /**
     * The client changes in the current transaction: forgotten now, and again when the transaction
     * ends, so that no request reading it in between keeps the old state.
     */
    public void changed(String clientId) {
        cache.forget(clientId);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    cache.forget(clientId);
                }
            });
        }
    }
}
