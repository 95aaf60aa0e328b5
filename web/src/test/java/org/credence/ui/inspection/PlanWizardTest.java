package org.credence.ui.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanWizardTest {

    @Test
    void ratiosAreTypedInPercentShownPlainlyAndStoredInBasisPoints() {
        assertEquals("10", PlanWizard.percent(1000).toPlainString());
        assertEquals("10", PlanWizard.percent(1000).toString(), "never 1E+1 in the field");
        assertEquals("1.5", PlanWizard.percent(150).toString());
        assertEquals("0", PlanWizard.percent(0).toString());
        assertEquals(1000, PlanWizard.basisPoints(new BigDecimal("10")));
        assertEquals(1, PlanWizard.basisPoints(new BigDecimal("0.01")));
        assertEquals(-1, PlanWizard.basisPoints(new BigDecimal("0.005")), "a fraction of a basis point is refused");
    }
}
