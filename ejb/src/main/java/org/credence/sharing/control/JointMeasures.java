package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ScoringRunner;
import org.credence.platform.Jdbc;
import org.credence.sharing.control.MeasureStore.Measure;

/**
 * Decides which joint measures fall due for which businesses and which are lifted, on the caller's
 * transactional connection. A measure's trigger holds for a business on a day when:
 *
 * <ul>
 * <li>GRADE_D: its latest snapshot under the market regulator's model in force that day has grade D;
 * <li>SERIOUS_LIST, ABNORMAL_LIST: it has an entry on that list, listed on or before the day and not
 * removed by then;
 * <li>RECORD_CATEGORY: it has a record of the measure's category in publicity that day (decided on or
 * before it, public after it, not revoked or repaired by then: the records a score counts).
 * </ul>
 *
 * <p>A trigger that holds with no DUE case opens one (an inactive measure opens none); a DUE case
 * whose trigger no longer holds is LIFTED. Each opening and lifting is appended to the change log
 * (MEASURE_TRIGGERED, MEASURE_LIFTED) in the same transaction, so evaluating again changes nothing.
 * Every evaluation first locks the single row of {@code measure_state}, so evaluations never overlap,
 * on any number of servers.
 */
public final class JointMeasures {

    /** How many change-log entries, and how many score snapshots, one step reads at most. */
    public static final int WINDOW = 2000;

    /** The kinds of change after which a business is evaluated again; the measures' own entries are not among them. */
    public static final Set<String> EVALUATED_ON = Set.of("GRADE_CHANGED", "LIST_ENTERED", "LIST_REMOVED", "RECORD_ADDED",
            "RECORD_REVOKED", "RECORD_REPAIRED");

    private static final int CHUNK = 500;
    private static final String LISTED = "e.listed_on <= ? and (e.removed_on is null or e.removed_on > ?)";
    private static final String IN_PUBLICITY = "r.decision_date <= ? and r.publicity_end > ?"
            + " and (r.status = 'ACTIVE' or r.status_date > ?)";

    /** How many cases an evaluation opened and lifted. */
    public record Evaluation(int triggered, int lifted) {
    }

    /**
     * What a step did: the cursors it moved to, how many businesses it evaluated, how many cases it
     * opened and lifted, and whether a window was full (more may be waiting).
     */
    public record Step(long changesSeen, long scoresSeen, int evaluated, int triggered, int lifted, boolean more) {
    }

    private JointMeasures() {
    }

    /** Opens and lifts the cases of these businesses as of {@code today}, for every measure of the catalogue. */
    public static Evaluation evaluate(Connection c, Collection<Long> businessIds, LocalDate today, LocalDateTime now)
            throws SQLException {
        lockState(c);
        List<Measure> measures = MeasureStore.all(c);
        if (businessIds.isEmpty() || measures.isEmpty()) {
            return new Evaluation(0, 0);
        }
        Long model = marketModel(c, today);
        List<Long> ids = new ArrayList<>(new TreeSet<>(businessIds));
        List<Change> changes = new ArrayList<>();
        int triggered = 0;
        int lifted = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Facts> facts = facts(c, part, model, today);
            Map<Long, Map<Long, Long>> due = dueCases(c, part);
            for (long business : part) {
                Facts f = facts.get(business);
                if (f == null) {
                    continue;
                }
                Map<Long, Long> open = due.getOrDefault(business, Map.of());
                for (Measure m : measures) {
                    boolean holds = f.meets(m);
                    Long caseId = open.get(m.id());
                    if (holds && caseId == null && m.active()) {
                        long id = MeasureStore.open(c, m.id(), business, f.uscc, now);
                        changes.add(new Change(business, f.uscc, ChangeKind.MEASURE_TRIGGERED, id, m.agencyId(), now));
                        triggered++;
                    } else if (!holds && caseId != null && MeasureStore.lift(c, caseId, now)) {
                        changes.add(new Change(business, f.uscc, ChangeKind.MEASURE_LIFTED, caseId, m.agencyId(), now));
                        lifted++;
                    }
                }
            }
        }
        if (!changes.isEmpty()) {
            ChangeLogWriter.append(c, changes);
        }
        return new Evaluation(triggered, lifted);
    }

    /**
     * Evaluates the businesses named since the last step and moves the cursors past what it read, in
     * the caller's transaction: those of the next window of change-log entries of the kinds in
     * {@link #EVALUATED_ON}; those with a new score snapshot under a market-regulator model (a first
     * evaluation, or the first under a model that came into force, writes no GRADE_CHANGED); and
     * those with a DUE record-category case whose record left publicity (its end is a date, not a
     * change). Run it until {@link Step#more()} is false.
     */
    public static Step step(Connection c, LocalDate today, LocalDateTime now) throws SQLException {
        long[] state = lockState(c);
        Set<Long> businesses = new HashSet<>();
        long changesSeen = state[0];
        List<Object[]> entries = Jdbc.list(c, "select seq, business_id, kind from change_log where seq > ? order by seq"
                + " fetch first " + WINDOW + " rows only", rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)},
                changesSeen);
        for (Object[] e : entries) {
            changesSeen = (Long) e[0];
            if (EVALUATED_ON.contains((String) e[2])) {
                businesses.add((Long) e[1]);
            }
        }
        // snapshots are followed by id, which is safe only while no scoring step is under way
        ScoringRunner.holdScoring(c);
        Set<Long> marketModels = new HashSet<>(Jdbc.list(c, "select id from credit_model where agency_id = ?",
                rs -> rs.getLong(1), ModelStore.MARKET_REGULATOR));
        long scoresSeen = state[1];
        List<long[]> snapshots = Jdbc.list(c, "select id, model_id, business_id from credit_score where id > ? order by id"
                + " fetch first " + WINDOW + " rows only", rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                scoresSeen);
        for (long[] s : snapshots) {
            scoresSeen = s[0];
            if (marketModels.contains(s[1])) {
                businesses.add(s[2]);
            }
        }
        businesses.addAll(Jdbc.list(c, "select distinct c.business_id from measure_case c join joint_measure m"
                + " on m.id = c.measure_id where c.status = 'DUE' and m.trigger_kind = 'RECORD_CATEGORY' and not exists"
                + " (select 1 from credit_record r where r.business_id = c.business_id and r.category_id = m.category_id and "
                + IN_PUBLICITY + ")", rs -> rs.getLong(1), today, today, today));
        Evaluation done = evaluate(c, businesses, today, now);
        Jdbc.update(c, "update measure_state set changes_seen = ?, scores_seen = ? where id = 1", changesSeen, scoresSeen);
        return new Step(changesSeen, scoresSeen, businesses.size(), done.triggered(), done.lifted(),
                entries.size() == WINDOW || snapshots.size() == WINDOW);
    }

    /**
     * The businesses that meet a measure's trigger today, whatever their cases: what a new measure
     * is evaluated for at once (the step only looks at what changes afterwards).
     */
    public static List<Long> meeting(Connection c, Measure m, LocalDate today) throws SQLException {
        return switch (m.trigger()) {
            case SERIOUS_LIST, ABNORMAL_LIST -> Jdbc.list(c, "select distinct e.business_id from list_entry e"
                    + " where e.list_type = ? and " + LISTED, rs -> rs.getLong(1), listType(m.trigger()), today, today);
            case RECORD_CATEGORY -> Jdbc.list(c, "select distinct r.business_id from credit_record r where r.category_id = ?"
                    + " and " + IN_PUBLICITY, rs -> rs.getLong(1), m.categoryId(), today, today, today);
            case GRADE_D -> {
                Long model = marketModel(c, today);
                yield model == null ? List.of() : Jdbc.list(c, "select s.business_id from credit_score s where s.model_id = ?"
                        + " and s.as_of <= ? and s.grade = 'D' and not exists (select 1 from credit_score n"
                        + " where n.model_id = s.model_id and n.business_id = s.business_id and n.as_of <= ?"
                        + " and (n.as_of > s.as_of or (n.as_of = s.as_of and n.id > s.id)))", rs -> rs.getLong(1),
                        model, today, today);
            }
        };
    }

    /** What the evaluation knows about one business on the day. */
    private static final class Facts {
        final String uscc;
        boolean gradeD;
        final Set<String> lists = new HashSet<>();
        final Set<Long> categories = new HashSet<>();

        Facts(String uscc) {
            this.uscc = uscc;
        }

        boolean meets(Measure m) {
            return switch (m.trigger()) {
                case GRADE_D -> gradeD;
                case SERIOUS_LIST, ABNORMAL_LIST -> lists.contains(listType(m.trigger()));
                case RECORD_CATEGORY -> categories.contains(m.categoryId());
            };
        }
    }

    private static Map<Long, Facts> facts(Connection c, List<Long> ids, Long model, LocalDate today) throws SQLException {
        Map<Long, Facts> facts = new HashMap<>();
        String in = " in (" + Jdbc.placeholders(ids.size()) + ")";
        Jdbc.list(c, "select id, uscc from business where id" + in, rs -> facts.put(rs.getLong(1), new Facts(rs.getString(2))),
                ids.toArray());
        if (model != null) {
            Map<Long, String> latest = new HashMap<>();
            Jdbc.list(c, "select business_id, grade from credit_score where model_id = ? and as_of <= ? and business_id" + in
                    + " order by business_id, as_of desc, id desc", rs -> latest.putIfAbsent(rs.getLong(1), rs.getString(2)),
                    params(new Object[] {model, today}, ids));
            latest.forEach((business, grade) -> facts.get(business).gradeD = "D".equals(grade));
        }
        Jdbc.list(c, "select e.business_id, e.list_type from list_entry e where " + LISTED + " and e.business_id" + in,
                rs -> facts.get(rs.getLong(1)).lists.add(rs.getString(2)), params(new Object[] {today, today}, ids));
        Jdbc.list(c, "select distinct r.business_id, r.category_id from credit_record r where " + IN_PUBLICITY
                + " and r.business_id" + in, rs -> facts.get(rs.getLong(1)).categories.add(rs.getLong(2)),
                params(new Object[] {today, today, today}, ids));
        return facts;
    }

    /** DUE cases by business, then by measure. */
    private static Map<Long, Map<Long, Long>> dueCases(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<Long, Long>> due = new HashMap<>();
        Jdbc.list(c, "select id, measure_id, business_id from measure_case where status = 'DUE' and business_id in ("
                + Jdbc.placeholders(ids.size()) + ")", rs -> due.computeIfAbsent(rs.getLong(3), k -> new HashMap<>())
                        .put(rs.getLong(2), rs.getLong(1)), ids.toArray());
        return due;
    }

    /** The market regulator's model in force today, or null. */
    private static Long marketModel(Connection c, LocalDate today) throws SQLException {
        ModelStore.Ref model = ModelStore.marketRegulatorModel(c, today);
        return model == null ? null : model.id();
    }

    private static String listType(MeasureStore.Trigger trigger) {
        return trigger == MeasureStore.Trigger.SERIOUS_LIST ? "SERIOUS_ILLEGAL" : "ABNORMAL_OPERATIONS";
    }

    private static long[] lockState(Connection c) throws SQLException {
        return Jdbc.one(c, "select changes_seen, scores_seen from measure_state where id = 1 for update",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static Object[] params(Object[] first, List<Long> ids) {
        Object[] all = Arrays.copyOf(first, first.length + ids.size());
        for (int i = 0; i < ids.size(); i++) {
            all[first.length + i] = ids.get(i);
        }
        return all;
    }
}
