package org.credence.credit.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where the scoring runs get what follows their steps' snapshots: a bean of the component that follows them
 * (the joint measures, in {@code sharing}), so that scoring does not depend on it.
 */
public interface SnapshotFollowers {

    /** What follows each step of a run evaluated on {@code today}, at {@code now}. */
    SnapshotFollower following(LocalDate today, LocalDateTime now);
}
