package org.credence.sharing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.credence.sharing.control.ClientCache;
import org.credence.sharing.entity.ClientSnapshot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API clients every request of an agency's system needs, cached on this server for
 * {@code credence.sharing.client-cache-seconds} (default 5): disabling a client or changing its
 * agreement takes effect at once on the server that made the change, and within that time on the
 * others.
 */
@ApplicationScoped
public class ClientDirectory {

    @Inject
    ApiClients clients;

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
    public ClientSnapshot find(String clientId) {
        return cache.get(clientId, reader);
    }

    /** The client as stored now, past the cache; null if there is none. */
    public ClientSnapshot read(String clientId) {
        return reader.load(clientId);
    }

    /**
     * Reads a client from the database through {@link ApiClients}, an EJB of this module: the web module's
     * sign-in calls this bean, and a persistence context used from the web module's thread would look for
     * a persistence unit there. Tests without a persistence unit give a reader of their own.
     */
    ClientCache.Loader reader = clientId -> clients.snapshot(clientId);

    /** The client if it is active; else null. */
    public ClientSnapshot active(String clientId) {
        ClientSnapshot client = find(clientId);
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
