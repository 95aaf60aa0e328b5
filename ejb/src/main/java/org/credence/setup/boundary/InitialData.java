package org.credence.setup.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts in what a new installation needs, once, after the schema is current: in demo mode the demo
 * dataset and logins; in production mode nothing but, if configured, the first administrator.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    @ConfigProperty(name = "credence.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "credence.bootstrap.admin-password")
    Optional<String> bootstrapAdminPassword;

    @Inject
    DemoDataset demoDataset;

    @Inject
    BootstrapAdministrator bootstrapAdministrator;

    @PostConstruct
    void load() {
        switch (mode) {
            case "demo" -> loadDemoDataset();
            case "production" -> {
                secureDemoLogins();
                bootstrapAdminPassword.ifPresentOrElse(
                        this::createFirstAdministrator,
                        () -> LOG.info("production mode: no demo data, no default password"));
            }
            default ->
                LOG.severe(
                        () -> "credence.mode must be 'demo' or 'production', not '" + mode + "'; nothing was loaded");
        }
    }

    private void loadDemoDataset() {
        try {
            if (demoDataset.loadOnce()) {
                LOG.info("demo mode: demo dataset loaded");
            } else {
                LOG.info("demo mode: demo dataset was already loaded; nothing added");
            }
        } catch (EJBException e) {
            // Another node of the cluster loading at the same moment wins on the settings row's key.
            LOG.warning(() -> "demo mode: demo dataset not loaded by this node (" + e.getCausedByException() + ")");
        }
    }

    private void secureDemoLogins() {
        try {
            bootstrapAdministrator.disableDemoLogins();
        } catch (EJBException e) {
            LOG.warning(() -> "demo logins not checked by this node (" + e.getCausedByException() + ")");
        }
    }

    private void createFirstAdministrator(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            LOG.severe(() -> "credence.bootstrap.admin-password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters; no administrator was created");
            return;
        }
        try {
            bootstrapAdministrator.createIfNoneExists(password);
        } catch (EJBException e) {
            LOG.warning(() -> "first administrator not created by this node (" + e.getCausedByException() + ")");
        }
    }
}
