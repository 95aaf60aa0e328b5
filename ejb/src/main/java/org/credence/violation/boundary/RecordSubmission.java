package org.credence.violation.boundary;

import java.math.BigDecimal;

/**
 * One record as an agency submits it, in JSON or as a CSV row. Dates are ISO ({@code 2026-03-31});
 * enumerations by name. Everything is checked by {@code RecordValidator}, so a bad value is reported
 * against its row and field instead of failing the whole request.
 *
 * @param agency the reporting agency's code; may be left out by an agency administrator (their own)
 */
public record RecordSubmission(
        String uscc,
        String agency,
        String category,
        String severity,
        String decisionNumber,
        String decisionDate,
        String legalBasis,
        String penaltyType,
        BigDecimal penaltyAmount,
        String sourceRecordId) {

    /** The CSV header, in this order; the same names as the JSON fields. */
    public static final String[] CSV_HEADER = {"uscc", "agency", "category", "severity", "decisionNumber",
        "decisionDate", "legalBasis", "penaltyType", "penaltyAmount", "sourceRecordId"};
}
