package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.platform.jdbc.Jdbc;
import org.credence.sharing.entity.Agreement;

/**
 * Which changes of the change log an agency sees, and what it is told beyond the common fields: the
 * one rule of the change feed and of webhooks. The agreement opens a kind of change (and a grade
 * change's model); a joint measure's change goes to the applying and the lead agency instead.
 */
public final class ChangeVisibility {

    /** A change-log entry. */
    public record Change(
            long seq,
            long businessId,
            String uscc,
            String kind,
            long subjectId,
            long agencyId,
            LocalDateTime occurredAt) {}

    /** What a reader is told beyond the common fields: a grade change's model and grade, or a measure's code. */
    public record Extra(Long model, String grade, String measure) {
        static final Extra NONE = new Extra(null, null, null);
    }

    private ChangeVisibility() {}

    /** The changes after {@code after}, in commit order. */
    public static List<Change> after(Connection c, long after, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "select seq, business_id, uscc, kind, subject_id, agency_id, occurred_at from change_log"
                        + " where seq > ? order by seq fetch first " + limit + " rows only",
                rs -> new Change(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getTimestamp(7).toLocalDateTime()),
                after);
    }

    /**
     * Which agreement part opens a kind of change; null for kinds no agreement part opens: those no
     * agency is sent, and the joint measures, which go by agency instead ({@link #measureFor}).
     */
    public static Agreement.Part partOf(String kind) {
        return switch (kind) {
            case "GRADE_CHANGED" -> Agreement.Part.SCORE;
            case "LIST_ENTERED", "LIST_REMOVED" -> Agreement.Part.LISTS;
            case "RECORD_ADDED", "RECORD_REVOKED", "RECORD_REPAIRED" -> Agreement.Part.RECORDS;
            case "INSPECTION_RESULT_PUBLISHED" -> Agreement.Part.INSPECTIONS;
            default -> null;
        };
    }

    /** Whether a change is a joint measure's case falling due or being lifted. */
    public static boolean isMeasure(String kind) {
        return "MEASURE_TRIGGERED".equals(kind) || "MEASURE_LIFTED".equals(kind);
    }

    /**
     * Whether a measure change goes to a reader: to a client of the agency that applies the measure
     * (the change's agency) or of the agency that leads it; a person (no agency given) reads them all.
     */
    public static boolean measureFor(Long readerAgencyId, long changeAgencyId, long leadAgencyId) {
        return readerAgencyId == null || readerAgencyId == changeAgencyId || readerAgencyId == leadAgencyId;
    }

    /**
     * What a reader is told of a change, or null if it may not see it. A person reads with neither
     * agreement nor agency and sees every kind some agency could see.
     */
    public static Extra visible(Connection c, Agreement agreement, Long readerAgencyId, Change change, LocalDate today)
            throws SQLException {
        if (isMeasure(change.kind())) {
            MeasureStore.Case measureCase = MeasureStore.findCase(c, change.subjectId());
            if (measureCase == null || !measureFor(readerAgencyId, change.agencyId(), measureCase.leadAgencyId())) {
                return null;
            }
            return new Extra(null, null, measureCase.measureCode());
        }
        Agreement.Part part = partOf(change.kind());
        if (part == null || (agreement != null && !agreement.allows(part, today))) {
            return null;
        }
        if (!"GRADE_CHANGED".equals(change.kind())) {
            return Extra.NONE;
        }
        long model = change.subjectId();
        if (agreement != null && !agreement.covers(model)) {
            return null;
        }
        return new Extra(
                model,
                Jdbc.one(
                        c,
                        "select grade from credit_score where business_id = ? and model_id = ?"
                                + " order by as_of desc, id desc fetch first 1 rows only",
                        rs -> rs.getString(1),
                        change.businessId(),
                        model),
                null);
    }
}
