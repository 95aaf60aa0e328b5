package org.credence.sharing.entity;

import java.time.LocalDateTime;

/**
 * An API client as it was read: immutable, so the client cache can keep it between requests and
 * transactions (an entity may not outlive its persistence context). {@code agencyCode} is the agency
 * it reads for.
 */
public record ClientSnapshot(
        long id,
        String clientId,
        String name,
        long agencyId,
        String agencyCode,
        String secretHash,
        String status,
        LocalDateTime createdAt,
        String createdBy,
        Agreement agreement,
        int tokenGeneration) {

    public boolean active() {
        return ApiClient.ACTIVE.equals(status);
    }

    /**
     * Whether a token of {@code tokenClientId} issued in {@code generation} still works: the client is
     * active and issued it in its current generation.
     */
    public boolean honours(String tokenClientId, int generation) {
        return active() && clientId.equals(tokenClientId) && generation == tokenGeneration;
    }
}
