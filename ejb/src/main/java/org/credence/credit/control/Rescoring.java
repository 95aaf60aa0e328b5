package org.credence.credit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoreExplanation.CountedRecord;
import org.credence.credit.control.ScoreExplanation.IndicatorResult;
import org.credence.credit.control.ScoreMethod.ListFacts;
import org.credence.credit.control.ScoreMethod.RecordFacts;
import org.credence.credit.entity.Grade;
import org.credence.platform.jdbc.TableWriter;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;

/**
 * Scores a group of businesses under one or more models at an as-of date, on the caller's
 * connection and transaction: it reads their records that can count, their list memberships and
 * (for writing) their latest snapshots, applies score-v1 and writes a snapshot for every result that
 * differs from the latest one, with a change-log entry when the grade moved.
 */
public final class Rescoring {

    /** One provider lookup for all the JSON this class writes (each Json.create… call looks the provider up again). */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** A business and its code. */
    public record BusinessRef(long id, String uscc) {}

    /**
     * What a scoring step read about a business: its records that count at the as-of date (decided on or
     * before it, public after it, not revoked or repaired by it) and its list memberships then.
     */
    public record ScoredBusiness(BusinessRef business, List<RecordFacts> records, ListFacts lists) {}

    /** The latest snapshot of a business under a model. */
    public record Previous(LocalDate asOf, int score, Grade grade, String vetoes) {}

    /** One business scored under one model; {@code previous} is null for a first evaluation or a preview. */
    public record Result(BusinessRef business, StoredModel model, ScoreExplanation explanation, Previous previous) {

        /**
         * Whether this result is news: none before it, or a different score, grade or vetoes. A result
         * as of a date before the latest snapshot's (a run resumed after a newer one wrote) never is.
         */
        public boolean changed() {
            if (previous != null && previous.asOf().isAfter(explanation.asOf())) {
                return false;
            }
            return previous == null
                    || previous.score() != explanation.score()
                    || previous.grade() != explanation.grade()
                    || !Objects.equals(previous.vetoes(), vetoCodes(explanation.vetoes()));
        }
    }

    private static final List<String> SNAPSHOT_COLUMNS = List.of(
            "model_id",
            "business_id",
            "run_id",
            "as_of",
            "score",
            "grade",
            "threshold_grade",
            "vetoes",
            "explanation",
            "computed_at");

    private final Connection connection;
    private final Map<Long, String> categoryCodes = new HashMap<>();
    private final Map<Long, Polarity> categoryPolarity = new HashMap<>();

    public Rescoring(Connection connection) throws SQLException {
        this.connection = connection;
        try (PreparedStatement query = connection.prepareStatement("select id, code, polarity from record_category");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                categoryCodes.put(rs.getLong(1), rs.getString(2));
                categoryPolarity.put(rs.getLong(1), Polarity.valueOf(rs.getString(3)));
            }
        }
    }

    /** Up to {@code limit} businesses with an id at or above {@code fromId}, in id order. */
    public List<BusinessRef> businessesFrom(long fromId, int limit) throws SQLException {
        List<BusinessRef> businesses = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement("select id, uscc from business where id >= ? order by id limit ?")) {
            query.setLong(1, fromId);
            query.setInt(2, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    businesses.add(new BusinessRef(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return businesses;
    }

    /** The businesses with these ids (unknown ids are left out), in id order. */
    public List<BusinessRef> businesses(List<Long> ids) throws SQLException {
        List<BusinessRef> businesses = new ArrayList<>();
        if (ids.isEmpty()) {
            return businesses;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select id, uscc from business where id in (" + placeholders(ids.size()) + ") order by id")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    businesses.add(new BusinessRef(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return businesses;
    }

    /**
     * Scores the businesses (in id order, a few thousand at most) under every model at {@code asOf} and
     * hands each result to {@code sink}, business by business and model by model. With
     * {@code withPrevious} each result carries the latest snapshot under its model.
     */
    public void score(
            List<BusinessRef> businesses,
            List<StoredModel> models,
            LocalDate asOf,
            boolean withPrevious,
            Consumer<Result> sink)
            throws SQLException {
        score(businesses, models, asOf, withPrevious, sink, read -> {});
    }

    /**
     * As {@link #score(List, List, LocalDate, boolean, Consumer)}, and hands what was read about each
     * business to {@code read} before its results: what follows from the scores in the same transaction
     * (the joint measures) reads the same records and lists instead of querying them again.
     */
    public void score(
            List<BusinessRef> businesses,
            List<StoredModel> models,
            LocalDate asOf,
            boolean withPrevious,
            Consumer<Result> sink,
            Consumer<ScoredBusiness> read)
            throws SQLException {
        if (businesses.isEmpty() || models.isEmpty()) {
            return;
        }
        Selection selection = Selection.of(businesses);
        Map<Long, List<RecordFacts>> records = records(selection, asOf);
        Set<Long> serious = new HashSet<>();
        Set<Long> abnormal = new HashSet<>();
        lists(selection, asOf, serious, abnormal);
        List<Map<Long, Previous>> previous = new ArrayList<>();
        for (StoredModel model : models) {
            previous.add(withPrevious ? previous(selection, model.id()) : Map.of());
        }
        for (BusinessRef business : businesses) {
            List<RecordFacts> facts = records.getOrDefault(business.id(), List.of());
            ListFacts lists = new ListFacts(serious.contains(business.id()), abnormal.contains(business.id()));
            read.accept(new ScoredBusiness(business, facts, lists));
            for (int m = 0; m < models.size(); m++) {
                StoredModel model = models.get(m);
                ScoreExplanation explanation = ScoreMethod.score(model.model(), facts, lists, asOf);
                sink.accept(
                        new Result(business, model, explanation, previous.get(m).get(business.id())));
            }
        }
    }

    /**
     * Writes a snapshot for every changed result, and a GRADE_CHANGED entry in the change log for every
     * result whose grade differs from an earlier one; returns the number of snapshots written.
     */
    public int write(List<Result> results, long runId, LocalDateTime now) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Result result : results) {
            if (!result.changed()) {
                continue;
            }
            ScoreExplanation e = result.explanation();
            rows.add(new Object[] {
                result.model().id(),
                result.business().id(),
                runId,
                e.asOf(),
                e.score(),
                e.grade().name(),
                e.thresholdGrade().name(),
                vetoCodes(e.vetoes()),
                storedExplanation(e),
                now
            });
            if (result.previous() != null && result.previous().grade() != e.grade()) {
                changes.add(new Change(
                        result.business().id(),
                        result.business().uscc(),
                        ChangeKind.GRADE_CHANGED,
                        result.model().id(),
                        result.model().agencyId(),
                        now));
            }
        }
        if (!rows.isEmpty()) {
            TableWriter.write(connection, "credit_score", SNAPSHOT_COLUMNS, rows);
        }
        if (!changes.isEmpty()) {
            ChangeLogWriter.append(connection, changes);
        }
        return rows.size();
    }

    /** The veto codes as stored: comma-separated, null when none applied. */
    public static String vetoCodes(List<Veto> vetoes) {
        if (vetoes.isEmpty()) {
            return null;
        }
        StringJoiner codes = new StringJoiner(",");
        vetoes.forEach(v -> codes.add(v.name()));
        return codes.toString();
    }

    /**
     * The part of an explanation the model does not hold: per indicator with counted records its load
     * and the records as [id, category, points, age in days, decay]; null when nothing counted.
     */
    public static String storedExplanation(ScoreExplanation explanation) {
        JsonArrayBuilder indicators = JSON.createArrayBuilder();
        boolean any = false;
        for (IndicatorResult indicator : explanation.indicators()) {
            if (indicator.records().isEmpty()) {
                continue;
            }
            any = true;
            JsonArrayBuilder records = JSON.createArrayBuilder();
            for (CountedRecord r : indicator.records()) {
                records.add(JSON.createArrayBuilder()
                        .add(r.id())
                        .add(r.category())
                        .add(r.points())
                        .add(r.ageDays())
                        .add(r.decay()));
            }
            JsonObjectBuilder entry = JSON.createObjectBuilder()
                    .add("code", indicator.code())
                    .add("load", indicator.load())
                    .add("records", records);
            indicators.add(entry);
        }
        return any
                ? JSON.createObjectBuilder()
                        .add("indicators", indicators)
                        .build()
                        .toString()
                : null;
    }

    private Map<Long, List<RecordFacts>> records(Selection selection, LocalDate asOf) throws SQLException {
        Map<Long, List<RecordFacts>> records = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select business_id, id, category_id, severity,"
                + " decision_date, publicity_end, status, status_date from credit_record where "
                + selection.predicate("business_id") + " and decision_date <= ? and publicity_end > ?"
                + " and (status = 'ACTIVE' or status_date > ?) order by business_id, decision_date, id")) {
            int i = selection.bind(query, 1);
            query.setDate(i++, Date.valueOf(asOf));
            query.setDate(i++, Date.valueOf(asOf));
            query.setDate(i, Date.valueOf(asOf));
            query.setFetchSize(5000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long category = rs.getLong(3);
                    String severity = rs.getString(4);
                    Date statusDate = rs.getDate(8);
                    records.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RecordFacts(
                                    rs.getLong(2),
                                    categoryCodes.get(category),
                                    categoryPolarity.get(category),
                                    severity == null ? null : Severity.valueOf(severity),
                                    rs.getDate(5).toLocalDate(),
                                    rs.getDate(6).toLocalDate(),
                                    RecordStatus.valueOf(rs.getString(7)),
                                    statusDate == null ? null : statusDate.toLocalDate()));
                }
            }
        }
        return records;
    }

    private void lists(Selection selection, LocalDate asOf, Set<Long> serious, Set<Long> abnormal) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select business_id, list_type from list_entry where " + selection.predicate("business_id")
                        + " and listed_on <= ? and (removed_on is null or removed_on > ?)")) {
            int i = selection.bind(query, 1);
            query.setDate(i++, Date.valueOf(asOf));
            query.setDate(i, Date.valueOf(asOf));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ("SERIOUS_ILLEGAL".equals(rs.getString(2)) ? serious : abnormal).add(rs.getLong(1));
                }
            }
        }
    }

    private Map<Long, Previous> previous(Selection selection, long modelId) throws SQLException {
        Map<Long, Previous> previous = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select business_id, score, grade, vetoes, as_of"
                + " from credit_score where model_id = ? and " + selection.predicate("business_id")
                + " order by business_id, as_of, id")) {
            query.setLong(1, modelId);
            selection.bind(query, 2);
            query.setFetchSize(5000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    previous.put(
                            rs.getLong(1),
                            new Previous(
                                    rs.getDate(5).toLocalDate(),
                                    rs.getInt(2),
                                    Grade.valueOf(rs.getString(3)),
                                    rs.getString(4)));
                }
            }
        }
        return previous;
    }

    private static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /**
     * Which businesses a query reads: an id range when the group is dense (a full run's chunk), the ids
     * themselves otherwise (a group of changed businesses).
     */
    private record Selection(long first, long last, List<Long> ids) {

        static Selection of(List<BusinessRef> businesses) {
            long first = businesses.get(0).id();
            long last = businesses.get(businesses.size() - 1).id();
            if (last - first < 4L * businesses.size()) {
                return new Selection(first, last, null);
            }
            return new Selection(
                    first, last, businesses.stream().map(BusinessRef::id).toList());
        }

        String predicate(String column) {
            return ids == null ? column + " between ? and ?" : column + " in (" + placeholders(ids.size()) + ")";
        }

        int bind(PreparedStatement statement, int index) throws SQLException {
            if (ids == null) {
                statement.setLong(index, first);
                statement.setLong(index + 1, last);
                return index + 2;
            }
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            return index;
        }
    }
}
