package org.credence.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.credence.platform.jdbc.Database;
import org.credence.sharing.control.RateWindow;

/**
 * The rate windows in the database, outside the caller's transaction: a counter is never held
 * locked while a lookup runs, and a refused request is counted even when the lookup rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateWindows {

    @Inject
    Database database;

    /** Up to {@code wanted} requests of the bucket's one-minute window holding {@code now}. */
    public RateWindow.Grant lease(String bucket, int limit, int wanted, LocalDateTime now) {
        return database.call(c -> RateWindow.lease(c, bucket, limit, wanted, RateLimits.MINUTE, now));
    }
}
