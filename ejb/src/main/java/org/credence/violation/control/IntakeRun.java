package org.credence.violation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.FieldError;
import org.credence.platform.TableWriter;
import org.credence.violation.boundary.RecordSubmission;
import org.credence.violation.control.RecordValidator.ValidRecord;

/**
 * One intake of records, streamed in chunks: each chunk is validated, its businesses and earlier
 * submissions are looked up in two queries, and, while no row so far was bad (or always, when the
 * intake is not all or nothing), its new records are
 * inserted with their change-log entries in bulk ({@link TableWriter}: COPY on PostgreSQL). The caller owns the transaction and rolls it
 * back when the report shows a bad row or the run was a dry run, so an intake is all or nothing.
 * Memory stays bounded by the chunk size and the listed errors, whatever the number of rows.
 */
public final class IntakeRun {

    public static final int CHUNK = 5000;
    public static final int MAX_LISTED_ERRORS = 10_000;
    /**
     * Rows after which a large intake refreshes the table's planner statistics, doubling each time:
     * the lookups of earlier submissions stay index lookups while the table grows tenfold in one go.
     */
    static final long FIRST_STATISTICS = 20_000;

    /** The columns of credit_record the intake writes, in the order of its rows. */
    public static final List<String> COLUMNS = List.of("id", "business_id", "agency_id", "category_id",
            "source_record_id", "severity", "decision_number", "decision_date", "legal_basis", "penalty_type",
            "penalty_amount", "publicity_end", "content_hash", "status", "created_at", "created_by", "version");

    private record Row(long number, RecordSubmission submission) {
    }

    /** A stored record ({@code id}), or a row earlier in the same chunk ({@code row}, id null). */
    private record Known(Long id, String contentHash, long row) {
    }

    private final Connection connection;
    private final SqlDialect dialect;
    private final RecordValidator validator;
    private final String submittedBy;
    private final LocalDateTime now;
    private final boolean write;
    private final boolean allOrNothing;
    private final boolean keepIds;

    private final List<Row> chunk = new ArrayList<>(CHUNK);
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Long> recordIds = new ArrayList<>();
    private long received;
    private long created;
    private long unchanged;
    private long conflicts;
    private long errorCount;
    private Long firstChangeSeq;
    private long written;
    private long nextStatistics = FIRST_STATISTICS;

    /**
     * @param write        false for a dry run: validate and classify, insert nothing
     * @param allOrNothing true to write nothing once a row is bad; false to write every good row
     * @param keepIds      whether to report the id of every row (for small intakes)
     */
    public IntakeRun(Connection connection, RecordValidator validator, String submittedBy, LocalDateTime now,
                     boolean write, boolean allOrNothing, boolean keepIds) throws SQLException {
        this.connection = connection;
        this.dialect = SqlDialect.of(connection);
        this.validator = validator;
        this.submittedBy = submittedBy;
        this.now = now;
        this.write = write;
        this.allOrNothing = allOrNothing;
        this.keepIds = keepIds;
    }

    public void add(long rowNumber, RecordSubmission submission) throws SQLException {
        received++;
        chunk.add(new Row(rowNumber, submission));
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /** Records a row that could not even be read (a malformed CSV line). */
    public void reject(long rowNumber, String field, String message) {
        received++;
        error(new FieldError(rowNumber, field, message));
    }

    public IntakeReport finish() throws SQLException {
        flush();
        boolean written = writing();
        return new IntakeReport(!write, written, received, created, unchanged, conflicts, errorCount,
                List.copyOf(errors), written && keepIds ? List.copyOf(recordIds) : List.of(), written ? firstChangeSeq : null);
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Row, ValidRecord> valid = new LinkedHashMap<>();
        for (Row row : chunk) {
            RecordValidator.Outcome outcome = validator.validate(row.submission());
            if (outcome.isValid()) {
                valid.put(row, outcome.record());
            } else {
                outcome.errors().forEach(e -> error(e.atRow(row.number())));
            }
        }
        Map<String, Long> businesses = businessIds(valid.values().stream().map(ValidRecord::uscc).distinct().toList());
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
            Known earlier = known.get(key(record.agencyId(), record.sourceRecordId()));
            if (earlier != null && earlier.id() == null) {
                error(new FieldError(rowNumber, "sourceRecordId", "record " + record.sourceRecordId()
                        + " appears twice in this intake (first in row " + earlier.row() + ")"));
                continue;
            }
            if (earlier != null) {
                if (earlier.contentHash().equals(record.contentHash())) {
                    unchanged++;
                    recordIds.add(earlier.id());
                } else {
                    conflicts++;
                    error(new FieldError(rowNumber, "sourceRecordId", "agency " + record.agencyCode()
                            + " already submitted record " + record.sourceRecordId() + " with different content (record "
                            + earlier.id() + "); a changed decision needs a new source record id, or a revocation"));
                }
                continue;
            }
            known.put(key(record.agencyId(), record.sourceRecordId()), new Known(null, record.contentHash(), rowNumber));
            fresh.add(record);
            freshBusinesses.add(businessId);
            freshPositions.add(recordIds.size());
            recordIds.add(null);
        }
        chunk.clear();
        created += fresh.size();
        if (writing() && !fresh.isEmpty()) {
            List<Long> ids = insert(fresh, freshBusinesses);
            for (int i = 0; i < ids.size(); i++) {
                recordIds.set(freshPositions.get(i), ids.get(i));
            }
        }
        if (!keepIds) {
            recordIds.clear();
        }
    }

    private boolean writing() {
        return write && (errorCount == 0 || !allOrNothing);
    }

    private List<Long> insert(List<ValidRecord> records, List<Long> businessIds) throws SQLException {
        List<Long> ids = nextIds(records.size());
        List<Object[]> rows = new ArrayList<>(records.size());
        List<Change> changes = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ValidRecord r = records.get(i);
            rows.add(new Object[] {ids.get(i), businessIds.get(i), r.agencyId(), r.category().id(), r.sourceRecordId(),
                r.severity() == null ? null : r.severity().name(), r.decisionNumber(), r.decisionDate(), r.legalBasis(),
                r.penaltyType() == null ? null : r.penaltyType().name(), r.penaltyAmount(), r.publicityEnd(),
                r.contentHash(), "ACTIVE", now, submittedBy, 1L});
            changes.add(new Change(businessIds.get(i), r.uscc(), ChangeKind.RECORD_ADDED, ids.get(i), r.agencyId(), now));
        }
        TableWriter.write(connection, "credit_record", COLUMNS, rows);
        long first = ChangeLogWriter.append(connection, changes);
        if (firstChangeSeq == null) {
            firstChangeSeq = first;
        }
        written += records.size();
        if (written >= nextStatistics) {
            dialect.refreshStatistics(connection, "credit_record");
            nextStatistics *= 2;
        }
        return ids;
    }

    private List<Long> nextIds(int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        try (PreparedStatement query = connection.prepareStatement(dialect.nextValues("credit_record_seq"))) {
            query.setInt(1, n);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
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

    /** Records already stored under the same agency and source record id, by agency. */
    private Map<String, Known> knownSubmissions(Collection<ValidRecord> records) throws SQLException {
        Map<String, Known> known = new HashMap<>();
        Map<Long, List<String>> byAgency = records.stream().collect(Collectors.groupingBy(ValidRecord::agencyId,
                Collectors.mapping(ValidRecord::sourceRecordId, Collectors.toList())));
        for (Map.Entry<Long, List<String>> agency : byAgency.entrySet()) {
            List<String> sourceIds = agency.getValue().stream().distinct().toList();
            try (PreparedStatement query = connection.prepareStatement(
                    "select source_record_id, id, content_hash from credit_record where agency_id = ? and source_record_id in ("
                            + placeholders(sourceIds.size()) + ")")) {
                query.setLong(1, agency.getKey());
                for (int i = 0; i < sourceIds.size(); i++) {
                    query.setString(i + 2, sourceIds.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        known.put(key(agency.getKey(), rs.getString(1)), new Known(rs.getLong(2), rs.getString(3), -1));
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

    private static String unregistered(String uscc) {
        try {
            Uscc.parse(uscc);
            return "no business with USCC " + uscc + " is registered";
        } catch (InvalidUsccException e) {
            return e.getMessage();
        }
    }

    private static String key(long agencyId, String sourceRecordId) {
        return agencyId + "\u0000" + sourceRecordId;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
