package org.credence.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.platform.jdbc.Database;
import org.credence.setup.boundary.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers; reports the schema version this node migrated to, and nothing of the database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    Database database;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        var response =
                HealthCheckResponse.named("database").withData("schemaVersion", String.valueOf(schema.version()));
        try {
            boolean valid = database.call(connection -> connection.isValid(2));
            // anyone reads readiness: it names no product or version of the database
            return response.status(valid).build();
        } catch (RuntimeException e) { // Database's translation of the failure, logged and answered as down
            LOG.log(Level.WARNING, "readiness: the database does not answer", e);
            return response.withData("error", "the database does not answer; see the server log")
                    .down()
                    .build();
        }
    }
}
