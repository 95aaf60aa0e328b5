package org.credence.sharing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.credence.credit.control.SnapshotFollower;
import org.credence.credit.control.SnapshotFollowers;
import org.credence.sharing.control.JointMeasures;

/** The joint measures follow every scoring step, in the step's own transaction ({@link JointMeasures#following}). */
@ApplicationScoped
public class MeasuresAfterScoring implements SnapshotFollowers {

    @Override
    public SnapshotFollower following(LocalDate today, LocalDateTime now) {
        return JointMeasures.following(today, now);
    }
}
