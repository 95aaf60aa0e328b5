package org.credence.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of decisions, listings and repairs are dates in China; "today" is judged there. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {}

    public static LocalDate today(Clock clock) {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    /** The wall-clock time in China now. */
    public static java.time.LocalDateTime now(Clock clock) {
        return java.time.LocalDateTime.ofInstant(clock.instant(), ZONE);
    }
}
