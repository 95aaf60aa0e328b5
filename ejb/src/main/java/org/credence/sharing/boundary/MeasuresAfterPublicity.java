package org.credence.sharing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.credence.sharing.control.JointMeasures;
import org.credence.violation.control.PublicityFollowers;

/**
 * A record's publicity end moved (a reclassification, which writes nothing to the change log): the joint measures
 * look again for ended publicity at their next run ({@link JointMeasures#lookAgainForEndedPublicity}).
 */
@ApplicationScoped
public class MeasuresAfterPublicity implements PublicityFollowers {

    @Override
    public void publicityEndMoved(Connection c) throws SQLException {
        JointMeasures.lookAgainForEndedPublicity(c);
    }
}
