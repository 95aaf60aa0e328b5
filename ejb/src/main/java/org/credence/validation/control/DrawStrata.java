package org.credence.validation.control;

import java.util.Objects;
import org.credence.credit.entity.Grade;

/** One draw's pool and selected counts per grade ({@code N_g} and {@code n_g}), indexed by grade. */
public record DrawStrata(String drawKey, long[] pool, long[] selected) {

    public DrawStrata {
        Objects.requireNonNull(drawKey, "drawKey");
        pool = pool.clone();
        selected = selected.clone();
        if (pool.length != Grade.values().length || selected.length != Grade.values().length) {
            throw new IllegalArgumentException("one count per grade");
        }
        for (int g = 0; g < pool.length; g++) {
            if (selected[g] < 0 || selected[g] > pool[g]) {
                throw new IllegalArgumentException("draw " + drawKey + " selected " + selected[g] + " of " + pool[g]);
            }
        }
    }

    public long pool(Grade grade) {
        return pool[grade.ordinal()];
    }

    public long selected(Grade grade) {
        return selected[grade.ordinal()];
    }

    @Override
    public long[] pool() {
        return pool.clone();
    }

    @Override
    public long[] selected() {
        return selected.clone();
    }
}
