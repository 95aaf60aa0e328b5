package org.credence.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.credence.web.Language;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private final Language chinese = new Language();

    @Test
    void codesReadAsTheirLabelsAndACodeWithoutOneStaysReadable() {
        assertEquals("已发布", Exports.label(chinese, "plan.status.", "PUBLISHED"));
        assertEquals("SOMETHING_NEW", Exports.label(chinese, "plan.status.", "SOMETHING_NEW"));
        assertNull(Exports.label(chinese, "plan.status.", null));
    }

    @Test
    void storedUtcTimesReadAsChinaTimeAndListsAsTheLanguageSeparatesThem() {
        assertEquals("2026-12-04 23:31:38", Exports.chinaTime(LocalDateTime.of(2026, 12, 4, 15, 31, 38, 709_149_000)));
        assertEquals("SAMR-0001、SAMR-0002", Exports.list(chinese, List.of("SAMR-0001", "SAMR-0002")));
    }
}
