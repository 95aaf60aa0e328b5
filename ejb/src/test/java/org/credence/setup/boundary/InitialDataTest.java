package org.credence.setup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InitialDataTest {

    private final List<String> calls = new ArrayList<>();

    private InitialData start(String mode, String bootstrapPassword) {
        InitialData initialData = new InitialData();
        initialData.mode = mode;
        initialData.bootstrapAdminPassword = Optional.ofNullable(bootstrapPassword);
        initialData.demoDataset = new DemoDataset() {
            @Override
            public boolean loadOnce() {
                calls.add("demo");
                return true;
            }
        };
        initialData.bootstrapAdministrator = new BootstrapAdministrator() {
            @Override
            public void createIfNoneExists(String password) {
                calls.add("admin:" + password);
            }

            @Override
            public void disableDemoLogins() {
                calls.add("disable demo logins");
            }
        };
        initialData.load();
        return initialData;
    }

    @Test
    void demoModeLoadsTheDemoDataset() {
        start("demo", null);
        assertEquals(List.of("demo"), calls);
    }

    @Test
    void productionModeLoadsNothingAndDisablesDemoPasswords() {
        start("production", null);
        assertEquals(List.of("disable demo logins"), calls);
    }

    @Test
    void productionModeCreatesTheFirstAdministratorOnlyFromASuppliedStrongEnoughPassword() {
        start("production", "short");
        assertEquals(List.of("disable demo logins"), calls);
        calls.clear();
        start("production", "a long enough passphrase");
        assertEquals(List.of("disable demo logins", "admin:a long enough passphrase"), calls);
    }

    @Test
    void anUnknownModeLoadsNothing() {
        start("staging", "a long enough passphrase");
        assertEquals(List.of(), calls);
    }
}
