package org.credence.credit.boundary;

import java.time.LocalDate;
import java.util.List;

/** One snapshot of a business's credit: the score and grade from {@code asOf} until the next snapshot under that model. */
public record HistoryEntry(long id, CreditView.ModelRef model, LocalDate asOf, int score, String grade, List<String> vetoes,
                           long run) {
}
