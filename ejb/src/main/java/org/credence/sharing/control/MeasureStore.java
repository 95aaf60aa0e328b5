package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.platform.Page;
import org.credence.platform.jdbc.Jdbc;

/**
 * The catalogue of joint measures and the cases of businesses that meet them, in plain JDBC. Which
 * cases fall due and when they are lifted is {@link JointMeasures}' business; this class only stores.
 */
public final class MeasureStore {

    /** What makes a measure fall due for a business. */
    public enum Trigger {
        /** The latest grade under the market regulator's model in force is D. */
        GRADE_D,
        /** The business is on the serious illegal and dishonest list. */
        SERIOUS_LIST,
        /** The business is on the abnormal operations list. */
        ABNORMAL_LIST,
        /** The business has a record of the measure's category in publicity. */
        RECORD_CATEGORY
    }

    /** What the applying agency reports about a case. */
    public enum Outcome {
        APPLIED,
        /** Does not apply to this business; a reason is required. */
        NOT_APPLICABLE
    }

    /** A measure of the catalogue: applied by {@code agency}, coordinated by {@code leadAgency}. */
    public record Measure(
            long id,
            String code,
            long agencyId,
            String agencyCode,
            long leadAgencyId,
            String leadAgencyCode,
            String name,
            String legalBasis,
            Trigger trigger,
            Long categoryId,
            String categoryCode,
            boolean active,
            LocalDateTime createdAt,
            String createdBy) {}

    /** One business meeting one measure's trigger, with the applying agency's feedback if any. */
    public record Case(
            long id,
            long measureId,
            String measureCode,
            String measureName,
            long agencyId,
            String agencyCode,
            long leadAgencyId,
            String leadAgencyCode,
            long businessId,
            String uscc,
            String status,
            LocalDateTime triggeredAt,
            LocalDateTime liftedAt,
            Outcome feedback,
            String feedbackReason,
            LocalDateTime feedbackAt,
            String feedbackBy) {

        public boolean due() {
            return "DUE".equals(status);
        }

        /** Whether an agency applies this case's measure or leads it. */
        public boolean concerns(long agency) {
            return agencyId == agency || leadAgencyId == agency;
        }
    }

    private static final String MEASURE_COLUMNS = "m.id, m.code, m.agency_id, a.code, m.lead_agency_id, l.code, m.name,"
            + " m.legal_basis, m.trigger_kind, m.category_id, rc.code, m.active, m.created_at, m.created_by"
            + " from joint_measure m join agency a on a.id = m.agency_id join agency l on l.id = m.lead_agency_id"
            + " left join record_category rc on rc.id = m.category_id";

    private static final String CASE_COLUMNS = "c.id, c.measure_id, m.code, m.name, m.agency_id, a.code,"
            + " m.lead_agency_id, l.code, c.business_id, c.uscc, c.status, c.triggered_at, c.lifted_at, c.feedback,"
            + " c.feedback_reason, c.feedback_at, c.feedback_by";

    private static final String CASE_FROM = " from measure_case c join joint_measure m on m.id = c.measure_id"
            + " join agency a on a.id = m.agency_id join agency l on l.id = m.lead_agency_id";

    private MeasureStore() {}

    // --- the catalogue

    public static long insert(
            Connection c,
            String code,
            long agencyId,
            long leadAgencyId,
            String name,
            String legalBasis,
            Trigger trigger,
            Long categoryId,
            LocalDateTime now,
            String by)
            throws SQLException {
        return Jdbc.insert(
                c,
                "insert into joint_measure (code, agency_id, lead_agency_id, name, legal_basis, trigger_kind,"
                        + " category_id, active, created_at, created_by, version) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)",
                code,
                agencyId,
                leadAgencyId,
                name,
                legalBasis,
                trigger.name(),
                categoryId,
                now,
                by);
    }

    public static Measure find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "select " + MEASURE_COLUMNS + " where m.id = ?", MeasureStore::measure, id);
    }

    public static Measure find(Connection c, String code) throws SQLException {
        return Jdbc.one(c, "select " + MEASURE_COLUMNS + " where m.code = ?", MeasureStore::measure, code);
    }

    /** Every measure, active or not, in code order. */
    public static List<Measure> all(Connection c) throws SQLException {
        return Jdbc.list(c, "select " + MEASURE_COLUMNS + " order by m.code", MeasureStore::measure);
    }

    private static Measure measure(ResultSet rs) throws SQLException {
        Long category = Jdbc.longOrNull(rs, "category_id");
        return new Measure(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                Trigger.valueOf(rs.getString(9)),
                category,
                rs.getString(11),
                rs.getBoolean(12),
                rs.getTimestamp(13).toLocalDateTime(),
                rs.getString(14));
    }

    // --- cases

    /** Opens a DUE case for each decision (one batch) and returns their ids in the same order. */
    public static List<Long> open(Connection c, List<MeasureRules.Decision> openings, LocalDateTime now)
            throws SQLException {
        List<Long> ids = new ArrayList<>(openings.size());
        if (openings.isEmpty()) {
            return ids;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into measure_case (measure_id, business_id, uscc,"
                        + " status, triggered_at, version) values (?, ?, ?, 'DUE', ?, 0)",
                new String[] {"id"})) {
            for (MeasureRules.Decision d : openings) {
                Jdbc.bind(insert, d.measure().id(), d.businessId(), d.uscc(), now);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != openings.size()) {
            throw new SQLException(openings.size() + " cases opened but " + ids.size() + " ids returned");
        }
        return ids;
    }

    /** Lifts the cases that are DUE (one batch) and returns the ids of those it lifted. */
    public static Set<Long> lift(Connection c, List<Long> caseIds, LocalDateTime now) throws SQLException {
        Set<Long> lifted = new HashSet<>();
        if (caseIds.isEmpty()) {
            return lifted;
        }
        try (PreparedStatement update = c.prepareStatement("update measure_case set status = 'LIFTED', lifted_at = ?,"
                + " version = version + 1 where id = ? and status = 'DUE'")) {
            for (long id : caseIds) {
                Jdbc.bind(update, now, id);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 1) {
                    lifted.add(caseIds.get(i));
                }
            }
        }
        return lifted;
    }

    public static Case findCase(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "select " + CASE_COLUMNS + CASE_FROM + " where c.id = ?", MeasureStore::measureCase, id);
    }

    /** The case with its row locked until the transaction ends (against a concurrent lift), or null. */
    public static Case lockCase(Connection c, long id) throws SQLException {
        if (Jdbc.one(c, "select id from measure_case where id = ? for update", rs -> rs.getLong(1), id) == null) {
            return null;
        }
        return findCase(c, id);
    }

    /**
     * Cases newest first, {@code size} to a page: of one agency's measures (those it applies and those
     * it leads) if {@code agencyId} is given, of one status if {@code status} is given.
     */
    public static Page<Case> cases(Connection c, Long agencyId, String status, int page, int size) throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agencyId != null) {
            where.append(" and (m.agency_id = ? or m.lead_agency_id = ?)");
            params.add(agencyId);
            params.add(agencyId);
        }
        if (status != null) {
            where.append(" and c.status = ?");
            params.add(status);
        }
        Long total = Jdbc.one(c, "select count(*)" + CASE_FROM + where, rs -> rs.getLong(1), params.toArray());
        List<Case> items = Jdbc.list(
                c,
                "select " + CASE_COLUMNS + CASE_FROM + where + " order by c.id desc offset " + ((long) page * size)
                        + " rows fetch next " + size + " rows only",
                MeasureStore::measureCase,
                params.toArray());
        return new Page<>(items, page, size, total);
    }

    /** Records the applying agency's feedback; it replaces an earlier one. */
    public static void feedback(Connection c, long caseId, Outcome outcome, String reason, LocalDateTime now, String by)
            throws SQLException {
        Jdbc.update(
                c,
                "update measure_case set feedback = ?, feedback_reason = ?, feedback_at = ?, feedback_by = ?,"
                        + " version = version + 1 where id = ?",
                outcome.name(),
                reason,
                now,
                by,
                caseId);
    }

    private static Case measureCase(ResultSet rs) throws SQLException {
        String feedback = rs.getString(14);
        Timestamp lifted = rs.getTimestamp(13);
        Timestamp feedbackAt = rs.getTimestamp(16);
        return new Case(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getLong(9),
                rs.getString(10),
                rs.getString(11),
                rs.getTimestamp(12).toLocalDateTime(),
                lifted == null ? null : lifted.toLocalDateTime(),
                feedback == null ? null : Outcome.valueOf(feedback),
                rs.getString(15),
                feedbackAt == null ? null : feedbackAt.toLocalDateTime(),
                rs.getString(17));
    }
}
