package org.credence.inspection.entity;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the item list (抽查事项清单). {@code maxRatioBp} applies to GENERAL items only. */
public record Item(
        long id,
        String code,
        String name,
        String legalBasis,
        long agencyId,
        String agencyCode,
        @Schema(enumeration = {"KEY", "GENERAL"}) String kind,

        @Schema(enumeration = {"ON_SITE", "DOCUMENTARY", "ONLINE_MONITORING"})
        String method,

        Scope scope,
        Integer maxRatioBp,
        int annualCap,
        long version)
        implements Serializable {

    public boolean general() {
        return "GENERAL".equals(kind);
    }
}
