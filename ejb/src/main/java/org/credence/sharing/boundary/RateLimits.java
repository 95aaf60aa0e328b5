package org.credence.sharing.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.credence.platform.TooManyRequestsException;
import org.credence.sharing.control.RateWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request limits per agency client and per public address, counted in the database so that every
 * server counts against one limit. Outside the caller's transaction: a counter is never held
 * locked while a lookup runs, and a refused request is still counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "credence.sharing.client-requests-per-minute", defaultValue = "6000")
    int perClient;

    @Inject
    @ConfigProperty(name = "credence.public.requests-per-minute", defaultValue = "60")
    int perAddress;

    Clock clock = Clock.systemUTC();

    /** Counts a request of an agency client; 429 with Retry-After over the limit. */
    public void client(String clientId) {
        check("client:" + clientId, perClient, "API client " + clientId);
    }

    /** Counts a public request from an address; 429 with Retry-After over the limit. */
    public void address(String address) {
        check("public:" + address, perAddress, "Address " + address);
    }

    private void check(String bucket, int limit, String who) {
        long retryAfter;
        try (Connection c = dataSource.getConnection()) {
            retryAfter = RateWindow.hit(c, bucket, limit, MINUTE, LocalDateTime.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (retryAfter > 0) {
            throw new TooManyRequestsException(who + " has made more than " + limit + " requests this minute; try again in "
                    + retryAfter + " s.", retryAfter);
        }
    }
}
