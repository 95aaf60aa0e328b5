package org.credence.violation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.platform.FieldError;
import org.credence.platform.Message;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.platform.jdbc.TableWriter;
import org.credence.violation.control.RecordValidator.ValidRecord;
import org.credence.violation.entity.RecordSubmission;

/**
 * One intake of records, streamed in chunks. Each chunk is validated, its businesses and earlier
 * submissions are looked up in two queries, and its new records are written in bulk
 * ({@link TableWriter}: COPY on PostgreSQL) tagged with this intake's id. Every row is therefore
 * classified the same way whatever chunk it is in, and a record repeated anywhere in the intake is
 * found. At the end the change log receives one entry per new record in a single statement, so its
 * lock is held only for that moment.
 *
 * <p>The caller owns the transaction: it rolls back a dry run, and an all-or-nothing intake with a
 * bad row, so nothing of either is kept. Memory stays bounded by the chunk and the listed errors.
 */
public final class IntakeRun {

    public static final int CHUNK = 5000;
    /** At most this many errors are listed; {@link IntakeReport#errorCount()} counts them all. */
    public static final int MAX_LISTED_ERRORS = 10_000;
    /**
     * Rows after which a large intake refreshes the table's planner statistics, doubling each time:
     * the lookups of earlier submissions stay index lookups while the table grows tenfold in one go.
     */
    static final long FIRST_STATISTICS = 20_000;

    /** The columns of credit_record the intake writes, in the order of its rows. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "business_id",
            "agency_id",
            "category_id",
            "source_record_id",
            "severity",
            "decision_number",
            "decision_date",
            "legal_basis",
            "penalty_type",
            "penalty_amount",
            "publicity_end",
            "content_hash",
            "status",
            "created_at",
            "created_by",
            "version",
            "intake_id");

    private record Row(long number, RecordSubmission submission) {}

    /** A stored record, or (id null) a row earlier in the same chunk. */
    private record Known(Long id, String contentHash, long intakeId, long row) {}

    private final Connection connection;
    private final SqlDialect dialect;
    private final RecordValidator validator;
    private final String submittedBy;
    private final LocalDateTime now;
    private final boolean dryRun;
    private final boolean allOrNothing;
    private final boolean keepIds;
    private final long intakeId;

    private final List<Row> chunk = new ArrayList<>(CHUNK);
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Long> recordIds = new ArrayList<>();
    private long received;
    private long created;
    private long unchanged;
    private long conflicts;
    private long errorCount;
    private long written;
    private long nextStatistics = FIRST_STATISTICS;

    /**
     * @param dryRun       whether the caller will roll the intake back whatever happens
     * @param allOrNothing whether one bad row refuses the whole intake (the caller then rolls back)
     * @param keepIds      whether to report the record id of every row, in row order (for small intakes)
     */
    public IntakeRun(
            Connection connection,
            RecordValidator validator,
            String submittedBy,
            LocalDateTime now,
            boolean dryRun,
            boolean allOrNothing,
            boolean keepIds)
            throws SQLException {
        this.connection = connection;
        this.dialect = SqlDialect.of(connection);
        this.validator = validator;
        this.submittedBy = submittedBy;
        this.now = now;
        this.dryRun = dryRun;
        this.allOrNothing = allOrNothing;
        this.keepIds = keepIds;
        this.intakeId = nextValues("intake_seq", 1).get(0);
    }

    public void add(long rowNumber, RecordSubmission submission) throws SQLException {
        received++;
        chunk.add(new Row(rowNumber, submission));
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Records a row that could not even be read (a malformed CSV line). */
    public void reject(long rowNumber, String field, Message message) throws SQLException {
        flush();
        received++;
        error(new FieldError(rowNumber, field, message));
        recordIds.add(null);
    }

    /** Rows received so far. */
    public long received() {
        return received;
    }

    public IntakeReport finish() throws SQLException {
        flush();
        boolean kept = !dryRun && (errorCount == 0 || !allOrNothing);
        Long firstChangeSeq = null;
        if (kept && created > 0) {
            // only an intake that is kept takes the change log's lock (a dry run holds no lock others wait on)
            firstChangeSeq = appendChanges();
        }
        return new IntakeReport(
                dryRun,
                kept,
                received,
                created,
                unchanged,
                conflicts,
                errorCount,
                List.copyOf(errors),
                kept && keepIds ? Collections.unmodifiableList(new ArrayList<>(recordIds)) : List.of(),
                kept ? firstChangeSeq : null);
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Row, ValidRecord> valid = new LinkedHashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (Row row : chunk) {
            positions.put(row.number(), recordIds.size());
            recordIds.add(null);
            RecordValidator.Outcome outcome = validator.validate(row.submission());
            if (outcome.isValid()) {
                valid.put(row, outcome.record());
            } else {
                outcome.errors().forEach(e -> error(e.atRow(row.number())));
            }
        }
        Map<String, Long> businesses = businessIds(
                valid.values().stream().map(ValidRecord::uscc).distinct().toList());
        Map<String, Known> known = knownSubmissions(valid.values());

        List<ValidRecord> fresh = new ArrayList<>();
        List<Long> freshBusinesses = new ArrayList<>();
        List<Integer> freshPositions = new ArrayList<>();
        for (Map.Entry<Row, ValidRecord> entry : valid.entrySet()) {
            long rowNumber = entry.getKey().number();
            ValidRecord record = entry.getValue();
            Long businessId = businesses.get(record.uscc());
            if (businessId == null) {
                error(new FieldError(rowNumber, "uscc", unregistered(record.uscc())));
                continue;
            }
            String key = key(record.agencyId(), record.sourceRecordId());
            Known earlier = known.get(key);
            if (earlier != null && (earlier.id() == null || earlier.intakeId() == intakeId)) {
                error(new FieldError(
                        rowNumber,
                        "sourceRecordId",
                        earlier.id() == null
                                ? Message.of("row-record-twice-first", record.sourceRecordId(), earlier.row())
                                : Message.of("row-record-twice", record.sourceRecordId())));
                continue;
            }
            if (earlier != null) {
                if (earlier.contentHash().equals(record.contentHash())) {
                    unchanged++;
                    recordIds.set(positions.get(rowNumber), earlier.id());
                } else {
                    conflicts++;
                    error(new FieldError(
                            rowNumber,
                            "sourceRecordId",
                            Message.of(
                                    "agency-already-submitted-record-with-different",
                                    record.agencyCode(),
                                    record.sourceRecordId(),
                                    earlier.id())));
                }
                continue;
            }
            known.put(key, new Known(null, record.contentHash(), intakeId, rowNumber));
            fresh.add(record);
            freshBusinesses.add(businessId);
            freshPositions.add(positions.get(rowNumber));
        }
        chunk.clear();
        created += fresh.size();
        // Written even after a bad row or in a dry run: later rows are then classified exactly as in a
        // real run, and the caller's rollback removes them.
        List<Long> ids = insert(fresh, freshBusinesses);
        for (int i = 0; i < ids.size(); i++) {
            recordIds.set(freshPositions.get(i), ids.get(i));
        }
        if (!keepIds) {
            recordIds.clear();
        }
    }

    private List<Long> insert(List<ValidRecord> records, List<Long> businessIds) throws SQLException {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = nextValues("credit_record_seq", records.size());
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ValidRecord r = records.get(i);
            rows.add(new Object[] {
                ids.get(i),
                businessIds.get(i),
                r.agencyId(),
                r.category().id(),
                r.sourceRecordId(),
                r.severity() == null ? null : r.severity().name(),
                r.decisionNumber(),
                r.decisionDate(),
                r.legalBasis(),
                r.penaltyType() == null ? null : r.penaltyType().name(),
                r.penaltyAmount(),
                r.publicityEnd(),
                r.contentHash(),
                "ACTIVE",
                now,
                submittedBy,
                1L,
                intakeId
            });
        }
        TableWriter.write(connection, "credit_record", COLUMNS, rows);
        written += records.size();
        if (!dryRun && written >= nextStatistics) {
            // not in a dry run: ANALYZE holds a lock until the transaction ends that a second intake's ANALYZE waits
            // for
            dialect.refreshStatistics(connection, "credit_record");
            nextStatistics *= 2;
        }
        return ids;
    }

    /** One RECORD_ADDED entry per record of this intake, numbered in record order, in one statement. */
    private long appendChanges() throws SQLException {
        long last = ChangeLogWriter.lock(connection);
        int appended;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into change_log (seq, business_id, uscc, kind, subject_id, agency_id, occurred_at)"
                        + " select cast(? as bigint) + row_number() over (order by r.id), r.business_id, b.uscc,"
                        + " 'RECORD_ADDED', r.id, r.agency_id, ?"
                        + " from credit_record r join business b on b.id = r.business_id where r.intake_id = ?")) {
            insert.setLong(1, last);
            insert.setTimestamp(2, Timestamp.valueOf(now));
            insert.setLong(3, intakeId);
            appended = insert.executeUpdate();
        }
        ChangeLogWriter.advance(connection, last + appended);
        return last + 1;
    }

    private List<Long> nextValues(String sequence, int n) throws SQLException {
        List<Long> values = new ArrayList<>(n);
        try (PreparedStatement query = connection.prepareStatement(dialect.nextValues(sequence))) {
            query.setInt(1, n);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            }
        }
        return values;
    }

    private Map<String, Long> businessIds(List<String> usccs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        if (usccs.isEmpty()) {
            return ids;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select uscc, id from business where uscc in (" + placeholders(usccs.size()) + ")")) {
            for (int i = 0; i < usccs.size(); i++) {
                query.setString(i + 1, usccs.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Records already stored under the same agency and source record id (by this intake too), by agency. */
    private Map<String, Known> knownSubmissions(Collection<ValidRecord> records) throws SQLException {
        Map<String, Known> known = new HashMap<>();
        Map<Long, List<String>> byAgency = records.stream()
                .collect(Collectors.groupingBy(
                        ValidRecord::agencyId, Collectors.mapping(ValidRecord::sourceRecordId, Collectors.toList())));
        for (Map.Entry<Long, List<String>> agency : byAgency.entrySet()) {
            List<String> sourceIds = agency.getValue().stream().distinct().toList();
            try (PreparedStatement query = connection.prepareStatement(
                    "select source_record_id, id, content_hash, intake_id from credit_record where agency_id = ?"
                            + " and source_record_id in (" + placeholders(sourceIds.size()) + ")")) {
                query.setLong(1, agency.getKey());
                for (int i = 0; i < sourceIds.size(); i++) {
                    query.setString(i + 2, sourceIds.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        known.put(
                                key(agency.getKey(), rs.getString(1)),
                                new Known(rs.getLong(2), rs.getString(3), rs.getLong(4), -1));
                    }
                }
            }
        }
        return known;
    }

    private void error(FieldError error) {
        errorCount++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(error);
        }
    }

    private static Message unregistered(String uscc) {
        try {
            Uscc.parse(uscc);
            return Message.of("row-business-unknown", uscc);
        } catch (InvalidUsccException e) {
            return e.detail();
        }
    }

    private static String key(long agencyId, String sourceRecordId) {
        return agencyId + "\u0000" + sourceRecordId;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
