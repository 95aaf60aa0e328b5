package org.credence.violation.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.WriteLog;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.CountingInputStream;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.progress.boundary.JobProgress;
import org.credence.progress.control.JobFailures;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.violation.control.IntakeReport;
import org.credence.violation.control.IntakeRun;
import org.credence.violation.control.RecordCsv;
import org.credence.violation.control.RecordSheet;
import org.credence.violation.control.RecordValidator;
import org.credence.violation.entity.RecordSubmission;

/**
 * Takes agencies' records in: one at a time, as a JSON batch of up to {@value #MAX_BATCH}, or as a
 * CSV file of any length. Each intake is one transaction and by default all or nothing: a bad row
 * anywhere rolls everything back and the refusal lists the bad rows; a dry run validates and rolls
 * back. A batch or file sent with all-or-nothing off stores its good rows and reports the bad ones.
 * Resending a record with the same content changes nothing.
 */
@Stateless
public class RecordIntake {

    public static final int MAX_BATCH = 10_000;

    @Inject
    Database database;

    @Resource
    SessionContext session;

    @Inject
    Callers callers;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    JobProgress progress;

    Clock clock = Clock.systemUTC();

    /** One record: created, or unchanged when resent; 409 when resent with other content. */
    public IntakeReport submit(RecordSubmission submission) {
        return submit(submission, false);
    }

    /**
     * The penalty record an inspector files with an inspection result (VIOLATIONS_FOUND), under the
     * inspector's agency: the one way records come in from someone who is not an administrator.
     */
    public IntakeReport submitWithInspectionResult(RecordSubmission submission) {
        return submit(submission, true);
    }

    private IntakeReport submit(RecordSubmission submission, boolean byInspector) {
        if (submission == null) {
            throw new InvalidRequestException("body", Message.of("a-record-is-required"));
        }
        IntakeReport report = run(List.of(submission), false, true, true, "record", byInspector);
        if (report.errorCount() > 0) {
            if (!report.hasInvalidRows()) {
                throw new ConflictException(
                        "conflicting-record", report.errors().get(0).text());
            }
            throw new InvalidRequestException(report.errors().stream()
                    .map(e -> new FieldError(e.field(), e.text()))
                    .toList());
        }
        return report;
    }

    /**
     * @param allOrNothing true (the default) to refuse the whole batch for one bad row; false to store
     *                     the good rows and report the bad ones
     */
    public IntakeReport submitBatch(List<RecordSubmission> submissions, boolean dryRun, boolean allOrNothing) {
        if (submissions == null || submissions.isEmpty()) {
            throw new InvalidRequestException("body", Message.of("a-json-array-of-to-records", MAX_BATCH));
        }
        if (submissions.size() > MAX_BATCH) {
            throw new InvalidRequestException(
                    "body", Message.of("a-batch-holds-at-most-records", MAX_BATCH, submissions.size()));
        }
        IntakeReport report = run(submissions, dryRun, allOrNothing, true, "records.batch", false);
        return allOrNothing ? refuseBadRows(report) : report;
    }

    /** A CSV file, read as it arrives; rows are numbered by their line in the file. */
    public IntakeReport submitCsv(InputStream csv, boolean dryRun, boolean allOrNothing) {
        return submitCsv(csv, dryRun, allOrNothing, "CSV", null);
    }

    /**
     * The same, reporting its progress (bytes read of {@code totalBytes}, when known, and rows) under
     * {@code label} for the overview, in transactions of its own.
     */
    public IntakeReport submitCsv(
            InputStream csv, boolean dryRun, boolean allOrNothing, String label, Long totalBytes) {
        CountingInputStream counted = new CountingInputStream(csv);
        IntakeReport report;
        long job = progress.start(
                "INTAKE",
                (dryRun ? "[dry run] " : "") + label,
                session.getCallerPrincipal().getName(),
                totalBytes);
        try {
            report = run(
                    dryRun,
                    allOrNothing,
                    false,
                    "records.csv",
                    false,
                    run -> RecordCsv.read(counted, new RecordCsv.Sink() {
                        @Override
                        public void accept(long line, RecordSubmission submission) throws SQLException {
                            run.add(line, submission);
                            if (line % IntakeRun.CHUNK == 0) {
                                progress.advance(job, counted.count(), Message.of("job.line", line));
                            }
                        }

                        @Override
                        public void reject(long line, String field, Message message) throws SQLException {
                            run.reject(line, field, message);
                        }
                    }));
            progress.finish(job, report.errorCount() == 0 || !allOrNothing, summary(report));
        } catch (RuntimeException e) {
            progress.finish(job, false, failure(e));
            throw e;
        }
        return allOrNothing ? refuseBadRows(report) : report;
    }

    /**
     * An Excel workbook (xlsx, first sheet, the CSV's header in its first row) through the same checks
     * as a CSV file, read with POI's streaming reader from a temporary copy; at most
     * {@value #MAX_SPREADSHEET_BYTES} bytes, since its shared strings are held in memory (larger files
     * go as CSV). Progress counts rows.
     */
    public IntakeReport submitSpreadsheet(InputStream xlsx, boolean dryRun, boolean allOrNothing, String label) {
        Path copy = null;
        try {
            copy = Files.createTempFile("credence-intake", ".xlsx");
            try (OutputStream out = Files.newOutputStream(copy)) {
                long copied = xlsx.transferTo(new BoundedOutputStream(out, MAX_SPREADSHEET_BYTES));
                if (copied == 0) {
                    throw new InvalidRequestException("body", Message.of("the-file-is-empty"));
                }
            }
            Path file = copy;
            long job = progress.start(
                    "INTAKE",
                    (dryRun ? "[dry run] " : "") + label,
                    session.getCallerPrincipal().getName(),
                    null);
            IntakeReport report;
            try {
                report = run(
                        dryRun,
                        allOrNothing,
                        false,
                        "records.xlsx",
                        false,
                        run -> RecordSheet.read(file, new RecordCsv.Sink() {
                            @Override
                            public void accept(long line, RecordSubmission submission) throws SQLException {
                                run.add(line, submission);
                                if (run.received() % IntakeRun.CHUNK == 0) {
                                    progress.advance(job, run.received(), Message.of("job.line", line));
                                }
                            }

                            @Override
                            public void reject(long line, String field, Message message) throws SQLException {
                                run.reject(line, field, message);
                            }
                        }));
                progress.finish(job, report.errorCount() == 0 || !allOrNothing, summary(report));
            } catch (RuntimeException e) {
                progress.finish(job, false, failure(e));
                throw e;
            }
            return allOrNothing ? refuseBadRows(report) : report;
        } catch (TooLarge e) {
            throw new InvalidRequestException(
                    "body", Message.of("an-excel-file-takes-at-most-mib", MAX_SPREADSHEET_BYTES / (1024 * 1024)));
        } catch (IOException e) {
            throw new IllegalStateException("the workbook could not be copied", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file the system removes in time
                }
            }
        }
    }

    /** The largest Excel file taken in. */
    public static final long MAX_SPREADSHEET_BYTES = 32L * 1024 * 1024;

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Refuses to write past its limit. */
    private static final class BoundedOutputStream extends java.io.FilterOutputStream {
        private final long limit;
        private long written;

        BoundedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws IOException {
            written += n;
            if (written > limit) {
                throw new TooLarge();
            }
        }
    }

    private static Message summary(IntakeReport r) {
        return Message.of(
                r.written() ? "job.intake" : "job.intake.nothing-written",
                r.received(),
                r.created(),
                r.unchanged(),
                r.errorCount());
    }

    /**
     * Why an intake failed, for the overview: a file not in the template's form says so without its
     * columns and the parser's words (the uploader got those); any other refusal gives its reason.
     */
    static Message failure(RuntimeException e) {
        if (e instanceof CredenceException refusal && !refusal.errors().isEmpty()) {
            FieldError first = refusal.errors().get(0);
            if ("header".equals(first.field())) {
                return Message.of("job.refused.header");
            }
            if ("body".equals(first.field()) && first.text().key().startsWith("the-file-is-not-valid-csv")) {
                return Message.of("job.refused.csv");
            }
        }
        return JobFailures.of(e);
    }

    /** Where an intake's rows come from. */
    private interface Rows {
        void feed(IntakeRun run) throws SQLException;
    }

    private IntakeReport run(
            List<RecordSubmission> submissions,
            boolean dryRun,
            boolean allOrNothing,
            boolean keepIds,
            String action,
            boolean byInspector) {
        return run(dryRun, allOrNothing, keepIds, action, byInspector, run -> {
            for (int i = 0; i < submissions.size(); i++) {
                if (submissions.get(i) == null) {
                    run.reject(i, "row", Message.of("row-null"));
                } else {
                    run.add(i, submissions.get(i));
                }
            }
        });
    }

    private IntakeReport run(
            boolean dryRun, boolean allOrNothing, boolean keepIds, String action, boolean byInspector, Rows rows) {
        CallerIdentity caller = callers.current();
        return database.call(
                connection -> {
                    IntakeRun run = newRun(connection, caller, dryRun, allOrNothing, keepIds, byInspector);
                    rows.feed(run);
                    return conclude(run.finish(), caller, action);
                },
                () -> new ConflictException("concurrent-intake", Message.of("another-intake-stored-some-of-these")));
    }

    private IntakeRun newRun(
            Connection connection,
            CallerIdentity caller,
            boolean dryRun,
            boolean allOrNothing,
            boolean keepIds,
            boolean byInspector)
            throws SQLException {
        String callerAgency = null;
        if (!caller.systemAdmin()) {
            // an agency's administrators submit records; its inspectors file one with an inspection result
            if (caller.agency() == null || !(caller.agencyAdmin() || byInspector)) {
                throw new NotPermittedException(Message.of("only-admins-submit-records"));
            }
            callerAgency = caller.agency().code();
        }
        RecordValidator validator = new RecordValidator(
                catalogue.rules(),
                catalogue.agencyIds(),
                catalogue.smallFineMaxima(),
                callerAgency,
                ChinaTime.today(clock));
        return new IntakeRun(
                connection, validator, caller.name(), LocalDateTime.now(clock), dryRun, allOrNothing, keepIds);
    }

    /** Rolls back a dry run and an intake with a bad row; logs a written one. */
    private IntakeReport conclude(IntakeReport report, CallerIdentity caller, String action) {
        if (!report.written()) {
            session.setRollbackOnly();
        } else {
            WriteLog.record(
                    caller.name(),
                    action,
                    report.received() + " received, " + report.created() + " created, " + report.unchanged()
                            + " unchanged, " + report.errorCount() + " refused");
        }
        return report;
    }

    /** A batch or file with a bad row is refused whole, dry run or not, listing the bad rows. */
    private static IntakeReport refuseBadRows(IntakeReport report) {
        if (report.errorCount() > 0) {
            throw new IntakeRejectedException(report);
        }
        return report;
    }
}
