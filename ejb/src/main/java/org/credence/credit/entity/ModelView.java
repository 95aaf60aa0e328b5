package org.credence.credit.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A model as administrators see it: its state and its definition. */
public record ModelView(
        long id,
        long agencyId,
        String agency,
        String name,
        int modelVersion,

        @Schema(enumeration = {"DRAFT", "ACTIVE", "RETIRED"})
        String status,

        LocalDate effectiveFrom,
        LocalDate retiredOn,
        Long basedOn,

        @Schema(
                enumeration = {"DIRECT", "AHP", "HIERARCHICAL_AHP", "ENTROPY", "OUTCOMES"},
                description = "How the weights were set: given directly, derived by AHP (one"
                        + " matrix or hierarchical), by entropy or from inspection outcomes")
        String weightMethod,

        String weightBasis,
        LocalDateTime createdAt,
        String createdBy,
        LocalDateTime activatedAt,
        String activatedBy,
        String retiredBy,
        long version,
        ModelDefinition definition)
        implements Serializable {

    public boolean draft() {
        return "DRAFT".equals(status);
    }
}
