package org.credence.violation.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.platform.jdbc.Jdbc;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Records stored before publicity followed the penalty keep their period; this finds the active ones whose
 * period the rule of {@link PublicityPeriod} would change, and changes one when an administrator reclassifies it.
 */
public final class PublicityReview {

    /** A record whose stored publicity end differs from the one its penalty gives it now. */
    public record Reclassification(
            long id,
            String uscc,
            String agency,
            String decisionNumber,
            LocalDate decisionDate,
            @Schema(implementation = PenaltyType.class) String penaltyType,
            BigDecimal penaltyAmount,
            @Schema(implementation = Severity.class) String severity,
            LocalDate storedEnd,
            LocalDate newEnd) {}

    private static final String RECORDS =
            "select r.id, b.uscc, a.code, r.decision_number, r.decision_date, r.penalty_type,"
                    + " r.penalty_amount, r.severity, r.publicity_end from credit_record r join business b on b.id = r.business_id"
                    + " join agency a on a.id = r.agency_id join record_category k on k.id = r.category_id"
                    + " where r.status = 'ACTIVE' and k.polarity = 'NEGATIVE' and r.penalty_type is not null";

    private PublicityReview() {}

    /** Up to {@code limit} records of {@code agency} (every agency when null) whose period the rule would change, by id. */
    public static List<Reclassification> pending(
            Connection c, Map<String, BigDecimal> smallFineMaxima, String agency, int limit) throws SQLException {
        List<Reclassification> found = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(RECORDS + (agency == null ? "" : " and a.code = ?") + " order by r.id")) {
            if (agency != null) {
                s.setString(1, agency);
            }
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && found.size() < limit) {
                    Reclassification r = review(rs, smallFineMaxima);
                    if (r != null) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    /** The record's reclassification, or null when its period already follows its penalty (or it is not active). */
    public static Reclassification of(Connection c, long id, Map<String, BigDecimal> smallFineMaxima)
            throws SQLException {
        return Jdbc.one(c, RECORDS + " and r.id = ?", rs -> review(rs, smallFineMaxima), id);
    }

    /** Stores the new publicity end of a record found by {@link #of}. */
    public static void apply(Connection c, Reclassification r) throws SQLException {
        Jdbc.update(
                c,
                "update credit_record set publicity_end = ?, version = version + 1 where id = ?",
                r.newEnd(),
                r.id());
    }

    private static Reclassification review(ResultSet rs, Map<String, BigDecimal> smallFineMaxima) throws SQLException {
        String agency = rs.getString(3);
        LocalDate decided = rs.getDate(5).toLocalDate();
        PenaltyType type = PenaltyType.valueOf(rs.getString(6));
        BigDecimal amount = rs.getBigDecimal(7);
        String severity = rs.getString(8);
        LocalDate stored = Jdbc.date(rs, "publicity_end");
        LocalDate now = PublicityPeriod.endOf(
                        Polarity.NEGATIVE,
                        type,
                        amount,
                        severity == null ? null : Severity.valueOf(severity),
                        smallFineMaxima.get(agency),
                        decided)
                .orElse(null);
        if (Objects.equals(stored, now)) {
            return null;
        }
        return new Reclassification(
                rs.getLong(1),
                rs.getString(2),
                agency,
                rs.getString(4),
                decided,
                type.name(),
                amount,
                severity,
                stored,
                now);
    }
}
