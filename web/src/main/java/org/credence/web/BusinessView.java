package org.credence.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.business.entity.Business;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.EntityType;

/** A registered business as the API shows it; timestamps are UTC. */
public record BusinessView(
        String uscc,
        Boolean usccKnownException,
        String usccExceptionReason,
        String name,
        EntityType entityType,
        String regionCode,
        String industryCode,
        BusinessStatus status,
        List<ShopView> shops,
        String registeredBy,
        LocalDateTime createdAt,
        String createdBy,
        LocalDateTime updatedAt,
        String updatedBy,
        long version)
        implements Serializable {

    public record ShopView(String platform, String shopId, String shopUrl) implements Serializable {}

    public static BusinessView of(Business b) {
        return new BusinessView(
                b.uscc().value(),
                b.isUsccException() ? Boolean.TRUE : null,
                b.usccExceptionReason(),
                b.name(),
                b.entityType(),
                b.regionCode(),
                b.industryCode(),
                b.status(),
                b.shops().stream()
                        .map(s -> new ShopView(s.platform(), s.shopId(), s.shopUrl()))
                        .toList(),
                b.registeredBy() == null ? null : b.registeredBy().code(),
                b.createdAt(),
                b.createdBy(),
                b.updatedAt(),
                b.updatedBy(),
                b.version());
    }
}
