package org.credence.violation.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What follows a change of a record's publicity end (a reclassification): a bean of the component that follows
 * it (the joint measures, in {@code sharing}), so that the records do not depend on it.
 */
public interface PublicityFollowers {

    /** Called in the transaction of the change, on its connection, after the record's publicity end moved. */
    void publicityEndMoved(Connection c) throws SQLException;
}
