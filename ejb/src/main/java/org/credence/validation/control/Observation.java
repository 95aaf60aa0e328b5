package org.credence.validation.control;

import java.util.Arrays;
import java.util.Objects;
import org.credence.business.entity.Uscc;
import org.credence.credit.entity.Grade;

/**
 * One drawn target with a recorded result (its latest version) in the period: the grade and score the
 * draw used, that snapshot's load of each NEGATIVE indicator (in the model's order, 0 when absent),
 * the selected and pool counts of its grade in its own draw, and the outcome. Targets found
 * NOT_REACHABLE or REFUSED are carried too so that they can be counted, but only {@link #observed()}
 * ones enter the figures.
 *
 * @param selected {@code n_g}, the targets of this grade the draw selected
 * @param pool     {@code N_g}, the pool members of this grade in that draw
 */
public record Observation(
        String drawKey, Uscc uscc, Grade grade, double score, double[] loads, int selected, int pool, Outcome outcome) {

    public Observation {
        Objects.requireNonNull(drawKey, "drawKey");
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(outcome, "outcome");
        loads = loads.clone();
        if (selected < 1 || pool < selected) {
            // a drawn target's grade was selected at least once, from a pool at least that large
            throw new IllegalArgumentException("selected " + selected + " of pool " + pool + " for " + uscc.value());
        }
    }

    /** {@code pi_t = n_g / N_g}, the chance this target had of being drawn. */
    public double inclusion() {
        return (double) selected / pool;
    }

    /** {@code w_t = 1 / pi_t}. */
    public double weight() {
        return (double) pool / selected;
    }

    public boolean observed() {
        return outcome.observed();
    }

    public boolean hit() {
        return outcome.hit();
    }

    /** {@code L_ti}. */
    public double load(int indicator) {
        return loads[indicator];
    }

    @Override
    public double[] loads() {
        return loads.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation other
                && drawKey.equals(other.drawKey)
                && uscc.equals(other.uscc)
                && grade == other.grade
                && Double.compare(score, other.score) == 0
                && Arrays.equals(loads, other.loads)
                && selected == other.selected
                && pool == other.pool
                && outcome == other.outcome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(drawKey, uscc, grade, score, Arrays.hashCode(loads), selected, pool, outcome);
    }

    @Override
    public String toString() {
        return drawKey + " " + uscc.value() + " " + grade + " " + score + " " + Arrays.toString(loads) + " " + selected
                + "/" + pool + " " + outcome;
    }
}
