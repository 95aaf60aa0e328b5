package org.credence.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.credence.platform.jdbc.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway serialises
 * concurrent migrations from several nodes with a database lock, so a cluster can start at once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    /** Migrations for every database, then those written for the one in use (db/vendor/h2 or db/vendor/postgresql). */
    public static String[] locations(DataSource dataSource) {
        return new String[] {
            "classpath:db/migration",
            "classpath:db/vendor/" + new Database(dataSource).dialect().folder()
        };
    }

    private String version;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        version = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    /** The schema version this node migrated to at start. */
    public String version() {
        return version;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load();
    }
}
