package org.credence.credit.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.Result;
import org.credence.credit.control.Rescoring.ScoredBusiness;

/**
 * What must follow a scoring step's new snapshots in the step's own transaction: the joint measures,
 * which open and lift a business's cases with its grade. {@link ScoringRunner} calls {@link #prepare}
 * under the scoring lock before it writes anything (so that every lock is taken in one order: scoring,
 * then the follower's, then the change log's), and the returned {@link Written#follow} once the step's
 * snapshots and grade changes are written. A step that writes no snapshot calls neither.
 */
public interface SnapshotFollower {

    /** Nothing follows (tests of scoring alone). */
    SnapshotFollower NONE = (connection, asOf, models) -> (c, scored, results) -> {};

    /** Takes the follower's locks; returns what to do once the snapshots are written. */
    Written prepare(Connection connection, LocalDate asOf, List<StoredModel> models) throws SQLException;

    /**
     * Called when a run has written so many snapshots that it refreshed their table's statistics (a first
     * evaluation, a new model): the follower refreshes those of the tables it filled with them, whose readers
     * would otherwise plan by a table far smaller than it is. Nothing by default.
     */
    default void refreshStatistics(Connection connection) throws SQLException {}

    /** The work that follows the written snapshots. */
    @FunctionalInterface
    interface Written {

        /**
         * {@code scored}: what the step read about each business it scored, in id order; {@code results}:
         * every result, of which those that {@link Result#changed()} were written.
         */
        void follow(Connection connection, List<ScoredBusiness> scored, List<Result> results) throws SQLException;
    }
}
