package org.credence.inspection.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry of the item list as an administrator submits it. {@code maxRatioBasisPoints} only for
 * GENERAL items (KEY items have no upper ratio); scope lists left out mean no restriction.
 */
public record ItemRequest(
        String code,
        String name,
        String legalBasis,
        String agency,
        @Schema(enumeration = {"KEY", "GENERAL"}) String kind,

        @Schema(enumeration = {"ON_SITE", "DOCUMENTARY", "ONLINE_MONITORING"})
        String method,

        List<String> entityTypes,
        List<String> industries,
        List<String> platforms,
        List<String> regionPrefixes,
        Integer maxRatioBasisPoints,
        Integer annualCap) {}
