package org.credence.api.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A number of bytes as a person reads it: in the largest binary unit (KiB, MiB, GiB, TiB) it reaches, to one
 * decimal at most, rounded down ("4 GiB", "1.5 MiB"), so that a body refused is larger than the size stated.
 * The units are written the same in Chinese and English; under 1 KiB the caller words the bytes in the
 * reader's language.
 */
final class ByteSize {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

    private ByteSize() {}

    /** The size in a binary unit, or empty when it is under 1 KiB. */
    static Optional<String> inUnits(long bytes) {
        if (bytes < 1024) {
            return Optional.empty();
        }
        int unit = 0;
        long scale = 1024;
        while (unit < UNITS.length - 1 && bytes / scale >= 1024) {
            unit++;
            scale *= 1024;
        }
        BigDecimal value = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(scale), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return Optional.of(value.toPlainString() + " " + UNITS[unit]);
    }
}
