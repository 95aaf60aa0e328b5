package org.credence.violation.boundary;

import java.util.List;
import org.credence.platform.CredenceException;
import org.credence.platform.FieldError;
import org.credence.platform.Message;
import org.credence.violation.control.IntakeReport;

/**
 * An intake with at least one bad row: nothing of it was written. 400 when a row is invalid, 409 when
 * the only faults are records resent with different content.
 */
public class IntakeRejectedException extends CredenceException {

    private final IntakeReport report;

    public IntakeRejectedException(IntakeReport report) {
        super(
                report.hasInvalidRows() ? "invalid-records" : "conflicting-records",
                report.hasInvalidRows() ? 400 : 409,
                Message.of(report.hasInvalidRows() ? "title.invalid-records" : "title.conflicting-records"),
                report.errorCount() > report.errors().size()
                        ? Message.of(
                                "intake-refused-listed",
                                report.errorCount(),
                                report.received(),
                                report.errors().size())
                        : Message.of("intake-refused", report.errorCount(), report.received()));
        this.report = report;
    }

    /** What the intake found: counts and the bad rows. */
    public IntakeReport report() {
        return report;
    }

    @Override
    public List<FieldError> errors() {
        return report.errors();
    }
}
