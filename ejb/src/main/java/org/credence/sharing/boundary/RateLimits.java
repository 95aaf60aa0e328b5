package org.credence.sharing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.credence.platform.Message;
import org.credence.platform.TooManyRequestsException;
import org.credence.sharing.control.RateLeases;
import org.credence.sharing.control.RateWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request limits per agency client and per public address, counted in the database so that every
 * server counts against one limit. This server leases a client's requests from the window a few at a
 * time ({@link RateLeases#leaseSize}) and hands them out from memory, so a lookup seldom waits for the
 * counter. A refused request still counts.
 */
@ApplicationScoped
public class RateLimits {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    RateWindows windows;

    @Inject
    @ConfigProperty(name = "credence.sharing.client-requests-per-minute", defaultValue = "6000")
    int perClient;

    @Inject
    @ConfigProperty(name = "credence.public.requests-per-minute", defaultValue = "60")
    int perAddress;

    @Inject
    @ConfigProperty(name = "credence.public.other-requests-per-minute", defaultValue = "300")
    int perAddressOther;

    Clock clock = Clock.systemUTC();

    private final RateLeases leases = new RateLeases();

    /** Counts a request of an agency client; 429 with Retry-After over the limit. */
    public void client(String clientId) {
        check("client:" + clientId, perClient, "API client " + clientId);
    }

    /** Counts a public request from an address; 429 with Retry-After over the limit. */
    public void address(String address) {
        check("public:" + address, perAddress, "Address " + address);
    }

    /**
     * Counts a request from an address to any other endpoint that needs no signing in (published plans,
     * draws and results, the token endpoint and its keys); 429 with Retry-After over the limit.
     */
    public void openAddress(String address) {
        check("open:" + address, perAddressOther, "Address " + address);
    }

    private void check(String bucket, int limit, String who) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime window = RateWindow.windowStart(now, MINUTE);
        if (leases.take(bucket, window)) {
            return;
        }
        RateWindow.Grant grant = windows.lease(bucket, limit, RateLeases.leaseSize(limit), now);
        if (grant.permits() == 0) {
            throw new TooManyRequestsException(
                    Message.of("has-made-more-than-requests-this", who, limit, grant.retryAfter()), grant.retryAfter());
        }
        leases.add(bucket, window, grant.permits() - 1);
    }
}
