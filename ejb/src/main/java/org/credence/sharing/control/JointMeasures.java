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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.Result;
import org.credence.credit.control.Rescoring.ScoredBusiness;
import org.credence.credit.control.ScoringRunner;
import org.credence.credit.control.SnapshotFollower;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.sharing.control.MeasureRules.Decision;
import org.credence.sharing.control.MeasureRules.Facts;
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
 * whose trigger no longer holds is LIFTED ({@link MeasureRules}). Each opening and lifting is appended
 * to the change log (MEASURE_TRIGGERED, MEASURE_LIFTED) in the same transaction, so evaluating again
 * changes nothing. Every evaluation first locks the single row of {@code measure_state}, so evaluations
 * never overlap, on any number of servers.
 *
 * <p>A scoring step evaluates the businesses it wrote a snapshot for under a market-regulator model in
 * its own transaction ({@link #following}), from the records, lists and grades it holds in memory, and
 * moves {@code scores_seen} past its snapshots. The scheduled {@link #step} follows the change log, and
 * snapshots only where {@code scores_seen} lags (written by other means): it never waits for the scoring
 * lock while it holds this one, so scoring and the step never take turns on one row.
 */
public final class JointMeasures {

    /** How many change-log entries, and how many score snapshots, one step reads at most. */
    public static final int WINDOW = 2000;

    /**
     * The kinds of change after which the step evaluates a business again. The measures' own entries
     * are not among them, nor GRADE_CHANGED: every grade change comes with a snapshot, whose business the
     * scoring step evaluated in its own transaction (or the step does, following snapshots by id).
     */
    public static final Set<String> EVALUATED_ON =
            Set.of("LIST_ENTERED", "LIST_REMOVED", "RECORD_ADDED", "RECORD_REVOKED", "RECORD_REPAIRED");

    private static final int CHUNK = 500;
    private static final String LISTED = "e.listed_on <= ? and (e.removed_on is null or e.removed_on > ?)";
    private static final String IN_PUBLICITY =
            "r.decision_date <= ? and r.publicity_end > ?" + " and (r.status = 'ACTIVE' or r.status_date > ?)";

    /** How many cases an evaluation opened and lifted. */
    public record Evaluation(int triggered, int lifted) {}

    /**
     * What a step did: the cursors it moved to, how many businesses it evaluated, how many cases it
     * opened and lifted, and whether a window was full (more may be waiting).
     */
    public record Step(long changesSeen, long scoresSeen, int evaluated, int triggered, int lifted, boolean more) {}

    private JointMeasures() {}

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
            List<Facts> known =
                    part.stream().map(facts::get).filter(Objects::nonNull).toList();
            Evaluation done = apply(c, measures, known, dueCases(c, part), now, changes);
            triggered += done.triggered();
            lifted += done.lifted();
        }
        if (!changes.isEmpty()) {
            ChangeLogWriter.append(c, changes);
        }
        return new Evaluation(triggered, lifted);
    }

    /**
     * What follows a scoring step's snapshots in its transaction: under this evaluator's lock, taken
     * before the step writes, it evaluates as of {@code today} the businesses that got a snapshot under
     * a market-regulator model, from what the step read and scored (no query reads it back), and moves
     * {@code scores_seen} past the step's snapshots when it had followed every one before them. A step
     * as of another day than today (a run resumed after its day) has not read today's facts: its
     * businesses are evaluated from the database.
     */
    public static SnapshotFollower following(LocalDate today, LocalDateTime now) {
        return new SnapshotFollower() {
            @Override
            public Written prepare(Connection c, LocalDate asOf, List<StoredModel> models) throws SQLException {
                long scoresSeen = lockState(c)[1];
                boolean caughtUp = scoresSeen >= latestSnapshot(c);
                return (connection, scored, results) -> {
                    followScores(connection, asOf, models, scored, results, today, now);
                    if (caughtUp) {
                        Jdbc.update(
                                connection,
                                "update measure_state set scores_seen = ? where id = 1",
                                latestSnapshot(connection));
                    }
                };
            }

            /**
             * A first evaluation opens cases by the hundred thousand: planned by the empty table's statistics,
             * the look for a group of changed businesses' cases read every DUE case (40 against 3 ms for 500
             * businesses at 1,000,000, until autovacuum came by).
             */
            @Override
            public void refreshStatistics(Connection c) throws SQLException {
                SqlDialect.of(c).refreshStatistics(c, "measure_case");
            }
        };
    }

    private static void followScores(
            Connection c,
            LocalDate asOf,
            List<StoredModel> models,
            List<ScoredBusiness> scored,
            List<Result> results,
            LocalDate today,
            LocalDateTime now)
            throws SQLException {
        Map<Long, List<Result>> named = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.changed() && MeasureRules.marketRegulators(r)) {
                named.put(r.business().id(), new ArrayList<>());
            }
        }
        if (named.isEmpty()) {
            return;
        }
        if (!asOf.equals(today)) {
            evaluate(c, named.keySet(), today, now);
            return;
        }
        for (Result r : results) {
            List<Result> of = named.get(r.business().id());
            if (of != null) {
                of.add(r);
            }
        }
        // the model ModelStore.marketRegulatorModel names: the market regulator's first in force, by id
        StoredModel market = models.stream()
                .filter(m -> m.agencyId() == ModelStore.MARKET_REGULATOR)
                .findFirst()
                .orElse(null);
        List<Facts> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (ScoredBusiness business : scored) {
            List<Result> of = named.get(business.business().id());
            if (of != null) {
                Facts f = MeasureRules.facts(business, of, market, today);
                if (f == null) {
                    unknown.add(business.business().id());
                } else {
                    known.add(f);
                }
            }
        }
        List<Measure> measures = MeasureStore.all(c);
        if (!known.isEmpty() && !measures.isEmpty()) {
            List<Change> changes = new ArrayList<>();
            apply(
                    c,
                    measures,
                    known,
                    dueCases(c, known.stream().map(Facts::businessId).toList()),
                    now,
                    changes);
            if (!changes.isEmpty()) {
                ChangeLogWriter.append(c, changes);
            }
        }
        if (!unknown.isEmpty()) {
            evaluate(c, unknown, today, now);
        }
    }

    /**
     * Opens and lifts what the facts call for (one batch each) and adds the changes to {@code changes}
     * in the order decided.
     */
    private static Evaluation apply(
            Connection c,
            List<Measure> measures,
            List<Facts> facts,
            Map<Long, Map<Long, Long>> due,
            LocalDateTime now,
            List<Change> changes)
            throws SQLException {
        List<Decision> decisions = MeasureRules.decide(measures, facts, due);
        if (decisions.isEmpty()) {
            return new Evaluation(0, 0);
        }
        List<Decision> openings = decisions.stream().filter(Decision::opens).toList();
        List<Decision> liftings = decisions.stream().filter(d -> !d.opens()).toList();
        List<Long> opened = MeasureStore.open(c, openings, now);
        Set<Long> lifted =
                MeasureStore.lift(c, liftings.stream().map(Decision::caseId).toList(), now);
        Map<Decision, Long> openedCase = new IdentityHashMap<>();
        for (int i = 0; i < openings.size(); i++) {
            openedCase.put(openings.get(i), opened.get(i));
        }
        int triggered = 0;
        int liftedCount = 0;
        for (Decision d : decisions) {
            if (d.opens()) {
                changes.add(new Change(
                        d.businessId(),
                        d.uscc(),
                        ChangeKind.MEASURE_TRIGGERED,
                        openedCase.get(d),
                        d.measure().agencyId(),
                        now));
                triggered++;
            } else if (lifted.contains(d.caseId())) {
                changes.add(new Change(
                        d.businessId(),
                        d.uscc(),
                        ChangeKind.MEASURE_LIFTED,
                        d.caseId(),
                        d.measure().agencyId(),
                        now));
                liftedCount++;
            }
        }
        return new Evaluation(triggered, liftedCount);
    }

    /**
     * Evaluates the businesses named since the last step and moves the cursors past what it read, in
     * the caller's transaction: those of the next window of change-log entries of the kinds in
     * {@link #EVALUATED_ON}; and those with a score snapshot under a market-regulator model that no scoring
     * step evaluated with it ({@code scores_seen} lags; followed only while no scoring step is under way).
     * Run it until {@link Step#more()} is false, then {@link #publicityEnded}.
     */
    public static Step step(Connection c, LocalDate today, LocalDateTime now) throws SQLException {
        long[] state = lockState(c);
        Set<Long> businesses = new HashSet<>();
        long changesSeen = state[0];
        List<Object[]> entries = Jdbc.list(
                c,
                "select seq, business_id, kind from change_log where seq > ? order by seq" + " fetch first " + WINDOW
                        + " rows only",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)},
                changesSeen);
        for (Object[] e : entries) {
            changesSeen = (Long) e[0];
            if (EVALUATED_ON.contains((String) e[2])) {
                businesses.add((Long) e[1]);
            }
        }
        long scoresSeen = state[1];
        List<long[]> snapshots = List.of();
        // scoring steps evaluate their own snapshots; a lag is followed by id, which is safe only while no
        // scoring step is under way, and a step under way (which may wait for this lock) is never waited for
        if (latestSnapshot(c) > scoresSeen && ScoringRunner.holdScoringIfFree(c)) {
            Set<Long> marketModels = new HashSet<>(Jdbc.list(
                    c,
                    "select id from credit_model where agency_id = ?",
                    rs -> rs.getLong(1),
                    ModelStore.MARKET_REGULATOR));
            snapshots = Jdbc.list(
                    c,
                    "select id, model_id, business_id from credit_score where id > ? order by id" + " fetch first "
                            + WINDOW + " rows only",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                    scoresSeen);
            for (long[] s : snapshots) {
                scoresSeen = s[0];
                if (marketModels.contains(s[1])) {
                    businesses.add(s[2]);
                }
            }
        }
        boolean more = entries.size() == WINDOW || snapshots.size() == WINDOW;
        Evaluation done = evaluate(c, businesses, today, now);
        Jdbc.update(
                c, "update measure_state set changes_seen = ?, scores_seen = ? where id = 1", changesSeen, scoresSeen);
        return new Step(changesSeen, scoresSeen, businesses.size(), done.triggered(), done.lifted(), more);
    }

    /**
     * Lifts the DUE record-category cases whose every record of the category left publicity: its end is a
     * date, not a change, so nothing in the change log names the business. Once a day in China, in the
     * caller's transaction: the first call of a day reads every DUE record-category case without the
     * measures' lock (a read of a million cases at a province's size takes seconds, and under the lock it
     * held up every scoring step meanwhile), then evaluates the businesses found under the lock, which
     * decides as always, and notes the day. Later calls that day change nothing. Two servers on the same
     * morning may both look; the second evaluation finds nothing left to lift.
     */
    public static Evaluation publicityEnded(Connection c, LocalDate today, LocalDateTime now) throws SQLException {
        LocalDate looked = Jdbc.one(
                c,
                "select publicity_checked_on from measure_state where id = 1",
                rs -> Jdbc.date(rs, "publicity_checked_on"));
        if (looked != null && !looked.isBefore(today)) {
            return new Evaluation(0, 0);
        }
        List<Long> ended = Jdbc.list(
                c,
                "select distinct c.business_id from measure_case c join joint_measure m"
                        + " on m.id = c.measure_id where c.status = 'DUE' and m.trigger_kind = 'RECORD_CATEGORY'"
                        + " and not exists (select 1 from credit_record r where r.business_id = c.business_id"
                        + " and r.category_id = m.category_id and " + IN_PUBLICITY + ")",
                rs -> rs.getLong(1),
                today,
                today,
                today);
        Evaluation done = evaluate(c, ended, today, now);
        Jdbc.update(c, "update measure_state set publicity_checked_on = ? where id = 1", today);
        return done;
    }

    /**
     * Makes the next {@link #publicityEnded} look again though it looked today: for a change of a record's
     * publicity end (a reclassification), which writes nothing to the change log. In the caller's transaction.
     */
    public static void lookAgainForEndedPublicity(Connection c) throws SQLException {
        Jdbc.update(c, "update measure_state set publicity_checked_on = null where id = 1");
    }

    /**
     * The businesses that meet a measure's trigger today, whatever their cases: what a new measure
     * is evaluated for at once (the step only looks at what changes afterwards).
     */
    public static List<Long> meeting(Connection c, Measure m, LocalDate today) throws SQLException {
        return switch (m.trigger()) {
            case SERIOUS_LIST, ABNORMAL_LIST ->
                Jdbc.list(
                        c,
                        "select distinct e.business_id from list_entry e" + " where e.list_type = ? and " + LISTED,
                        rs -> rs.getLong(1),
                        listType(m.trigger()),
                        today,
                        today);
            case RECORD_CATEGORY ->
                Jdbc.list(
                        c,
                        "select distinct r.business_id from credit_record r where r.category_id = ?" + " and "
                                + IN_PUBLICITY,
                        rs -> rs.getLong(1),
                        m.categoryId(),
                        today,
                        today,
                        today);
            case GRADE_D -> {
                Long model = marketModel(c, today);
                yield model == null
                        ? List.of()
                        : Jdbc.list(
                                c,
                                "select s.business_id from credit_score s where s.model_id = ?"
                                        + " and s.as_of <= ? and s.grade = 'D' and not exists (select 1 from credit_score n"
                                        + " where n.model_id = s.model_id and n.business_id = s.business_id and n.as_of <= ?"
                                        + " and (n.as_of > s.as_of or (n.as_of = s.as_of and n.id > s.id)))",
                                rs -> rs.getLong(1),
                                model,
                                today,
                                today);
            }
        };
    }

    /** The facts of these businesses (unknown ids are left out) as of {@code today}, from the database. */
    private static Map<Long, Facts> facts(Connection c, List<Long> ids, Long model, LocalDate today)
            throws SQLException {
        Map<Long, String> uscc = new HashMap<>();
        Map<Long, Boolean> gradeD = new HashMap<>();
        Map<Long, Set<String>> lists = new HashMap<>();
        Map<Long, Set<String>> categories = new HashMap<>();
        String in = " in (" + Jdbc.placeholders(ids.size()) + ")";
        Jdbc.list(
                c,
                "select id, uscc from business where id" + in,
                rs -> uscc.put(rs.getLong(1), rs.getString(2)),
                ids.toArray());
        if (model != null) {
            Map<Long, String> latest = new HashMap<>();
            Jdbc.list(
                    c,
                    "select business_id, grade from credit_score where model_id = ? and as_of <= ? and business_id" + in
                            + " order by business_id, as_of desc, id desc",
                    rs -> latest.putIfAbsent(rs.getLong(1), rs.getString(2)),
                    params(new Object[] {model, today}, ids));
            latest.forEach((business, grade) -> gradeD.put(business, "D".equals(grade)));
        }
        Jdbc.list(
                c,
                "select e.business_id, e.list_type from list_entry e where " + LISTED + " and e.business_id" + in,
                rs -> lists.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)),
                params(new Object[] {today, today}, ids));
        Jdbc.list(
                c,
                "select distinct r.business_id, k.code from credit_record r"
                        + " join record_category k on k.id = r.category_id where " + IN_PUBLICITY + " and r.business_id"
                        + in,
                rs -> categories
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getString(2)),
                params(new Object[] {today, today, today}, ids));
        Map<Long, Facts> facts = new HashMap<>();
        uscc.forEach((id, code) -> facts.put(
                id,
                new Facts(
                        id,
                        code,
                        gradeD.getOrDefault(id, false),
                        lists.getOrDefault(id, Set.of()),
                        categories.getOrDefault(id, Set.of()))));
        return facts;
    }

    /**
     * DUE cases by business, then by measure, of these businesses (in id order): by their id range when
     * they are dense (a full run's chunk), else by their ids, a few hundred to a query.
     */
    private static Map<Long, Map<Long, Long>> dueCases(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Map<Long, Long>> due = new HashMap<>();
        if (ids.isEmpty()) {
            return due;
        }
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        if (last - first < 4L * ids.size()) {
            Set<Long> wanted = new HashSet<>(ids);
            Jdbc.list(
                    c,
                    "select id, measure_id, business_id from measure_case where status = 'DUE'"
                            + " and business_id between ? and ?",
                    rs -> {
                        if (wanted.contains(rs.getLong(3))) {
                            due.computeIfAbsent(rs.getLong(3), k -> new HashMap<>())
                                    .put(rs.getLong(2), rs.getLong(1));
                        }
                        return null;
                    },
                    first,
                    last);
            return due;
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Jdbc.list(
                    c,
                    "select id, measure_id, business_id from measure_case where status = 'DUE'"
                            + " and business_id in (" + Jdbc.placeholders(part.size()) + ")",
                    rs -> due.computeIfAbsent(rs.getLong(3), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getLong(1)),
                    part.toArray());
        }
        return due;
    }

    /** The id of the latest committed score snapshot (0 if none). */
    private static long latestSnapshot(Connection c) throws SQLException {
        return Jdbc.one(c, "select coalesce(max(id), 0) from credit_score", rs -> rs.getLong(1));
    }

    /** The market regulator's model in force today, or null. */
    private static Long marketModel(Connection c, LocalDate today) throws SQLException {
        ModelStore.Ref model = ModelStore.marketRegulatorModel(c, today);
        return model == null ? null : model.id();
    }

    private static String listType(MeasureStore.Trigger trigger) {
        return trigger == MeasureStore.Trigger.SERIOUS_LIST ? MeasureRules.SERIOUS_LIST : MeasureRules.ABNORMAL_LIST;
    }

    private static long[] lockState(Connection c) throws SQLException {
        return Jdbc.one(c, "select changes_seen, scores_seen from measure_state where id = 1 for update", rs ->
                new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static Object[] params(Object[] first, List<Long> ids) {
        Object[] all = Arrays.copyOf(first, first.length + ids.size());
        for (int i = 0; i < ids.size(); i++) {
            all[first.length + i] = ids.get(i);
        }
        return all;
    }
}
