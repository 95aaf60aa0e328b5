package org.credence.ui.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.credence.inspection.entity.Scope;
import org.junit.jupiter.api.Test;

class ScopeFieldsTest {

    @Test
    void codesAreTypedWithCommasSpacesOrNewLinesAndAStoredScopeReadsBack() {
        assertEquals(List.of("3301", "3302", "44"), ScopeFields.codes(" 3301, 3302，\n44 "));
        assertEquals(List.of(), ScopeFields.codes("  "));
        ScopeFields fields = ScopeFields.of(
                new Scope(List.of("ENTERPRISE"), List.of("F52"), List.of("taobao", "jd"), List.of("11")));
        assertEquals("taobao, jd", fields.getPlatforms());
        assertEquals(List.of("taobao", "jd"), fields.platformList());
        assertEquals(List.of("ENTERPRISE"), fields.entityTypeList());
        assertEquals(List.of("F52"), fields.industryList());
        assertEquals(List.of("11"), fields.regionList());
    }
}
