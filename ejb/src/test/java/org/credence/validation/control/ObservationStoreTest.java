package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.credit.entity.Grade;
import org.junit.jupiter.api.Test;

class ObservationStoreTest {

    @Test
    void loadsComeFromTheStoredExplanationInModelOrderWithZeroWhereNothingCounted() {
        String explanation = "{\"indicators\":[{\"code\":\"C\",\"load\":12.5,\"records\":[]},"
                + "{\"code\":\"BONUS\",\"load\":10,\"records\":[]},{\"code\":\"A\",\"load\":0.25,\"records\":[]}]}";
        assertArrayEquals(new double[] {0.25, 0, 12.5}, ObservationStore.loads(List.of("A", "B", "C"), explanation));
        assertArrayEquals(new double[] {0, 0}, ObservationStore.loads(List.of("A", "B"), null));
    }

    @Test
    void onlyAnIndicatorsOwnCodeAndLoadCountNotThoseNestedInItsRecordsOrOutsideTheIndicators() {
        String explanation = "{\"code\":\"A\",\"load\":99,\"modelId\":\"m\",\"indicators\":["
                + "{\"code\":\"A\",\"polarity\":\"NEGATIVE\",\"load\":3.5,\"records\":[{\"id\":1,\"category\":\"B\","
                + "\"code\":\"B\",\"load\":77,\"points\":10,\"nested\":{\"code\":\"B\",\"load\":66}}],\"weight\":0.5},"
                + "{\"records\":[],\"load\":1e1,\"code\":\"B\"},{\"code\":\"C\",\"records\":[]}],"
                + "\"vetoes\":[{\"code\":\"C\",\"load\":55}]}";
        assertArrayEquals(new double[] {3.5, 10, 0}, ObservationStore.loads(List.of("A", "B", "C"), explanation));
    }

    @Test
    void strataComeFromTheDrawsPublishedSummary() {
        DrawStrata strata = ObservationStore.strata(
                "K",
                "{\"method\":\"draw-v1\",\"poolByGrade\":{\"A\":100,\"B\":50,\"C\":8,\"D\":2},"
                        + "\"exclusionsByReason\":{},\"selectedByGrade\":{\"A\":3,\"B\":5,\"C\":8,\"D\":2},\"staffed\":18,\"unstaffed\":0}");
        assertEquals(100, strata.pool(Grade.A));
        assertEquals(3, strata.selected(Grade.A));
        assertEquals(8, strata.selected(Grade.C));
        assertEquals("K", strata.drawKey());
    }
}
