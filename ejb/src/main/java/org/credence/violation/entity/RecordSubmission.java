package org.credence.violation.entity;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record as an agency submits it, in JSON or as a CSV row. Dates are ISO ({@code 2026-03-31});
 * enumerations by name. Everything is checked by {@code RecordValidator}, so a bad value is reported
 * against its row and field instead of failing the whole request.
 *
 * @param agency the reporting agency's code; may be left out by an agency administrator (their own)
 */
public record RecordSubmission(
        @Schema(required = true, description = "The business's Unified Social Credit Code")
        String uscc,

        @Schema(description = "The reporting agency's code (an agency administrator may leave it out)")
        String agency,

        @Schema(required = true, description = "A category code of GET /record-categories")
        String category,

        @Schema(
                type = SchemaType.STRING,
                implementation = Severity.class,
                description = "Required of" + " negative categories, absent for positive ones")
        String severity,

        @Schema(required = true) String decisionNumber,

        @Schema(required = true, format = "date", description = "ISO 8601 date, not in the future")
        String decisionDate,

        @Schema(required = true) String legalBasis,
        @Schema(implementation = PenaltyType.class) String penaltyType,
        BigDecimal penaltyAmount,

        @Schema(
                required = true,
                description = "The agency's own id of the record: sending it again with the same"
                        + " content changes nothing")
        String sourceRecordId) {

    /** The CSV header, in this order; the same names as the JSON fields. */
    public static final String[] CSV_HEADER = {
        "uscc",
        "agency",
        "category",
        "severity",
        "decisionNumber",
        "decisionDate",
        "legalBasis",
        "penaltyType",
        "penaltyAmount",
        "sourceRecordId"
    };
}
