package org.credence.violation.control;

import java.io.Serializable;
import java.util.List;
import org.credence.platform.FieldError;

/**
 * What an intake did or, in a dry run or when a row was bad, would have done. {@code errors} lists
 * bad rows (at most {@link IntakeRun#MAX_LISTED_ERRORS}); {@code errorCount} counts all of them.
 * {@code recordIds} holds the ids of the rows in order (new or unchanged) when the intake was written,
 * for a single record or a batch; a file's report leaves it empty.
 */
public record IntakeReport(
        boolean dryRun,
        boolean written,
        long received,
        long created,
        long unchanged,
        long conflicts,
        long errorCount,
        List<FieldError> errors,
        List<Long> recordIds,
        Long firstChangeSeq)
        implements Serializable {

    public boolean hasInvalidRows() {
        return errorCount > conflicts;
    }
}
