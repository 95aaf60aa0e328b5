package org.credence.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void datesLieBetweenTheFoundingAndTenYearsAhead() {
        assertEquals(Optional.empty(), InputBounds.date(LocalDate.of(1949, 10, 1), TODAY));
        assertEquals(Optional.empty(), InputBounds.date(LocalDate.of(2036, 12, 4), TODAY));
        assertEquals(
                "input.date-too-early",
                InputBounds.date(LocalDate.of(1949, 9, 30), TODAY).orElseThrow().key());
        assertEquals(
                "input.date-too-early",
                InputBounds.date(LocalDate.MIN, TODAY).orElseThrow().key());
        assertEquals(
                "input.date-too-late",
                InputBounds.date(LocalDate.of(2036, 12, 5), TODAY).orElseThrow().key());
        InvalidRequestException refused = assertThrows(
                InvalidRequestException.class,
                () -> InputBounds.checkedDate("on", LocalDate.of(169087565, 3, 15), TODAY));
        assertEquals("on", refused.errors().get(0).field());
    }

    @Test
    void textRefusesControlsAndBidirectionalOverridesAndFreeTextMayBreakLines() {
        for (String bad : new String[] {"a\u0000b", "a\u001Bb", "a\rb", "a\nb", "a\u007Fb", "a\u0085b"}) {
            assertEquals(
                    "input.control-characters",
                    InputBounds.text(bad, false).orElseThrow().key(),
                    bad);
        }
        for (char c = '\u202A'; c <= '\u202E'; c++) {
            assertEquals(
                    "input.bidi-controls",
                    InputBounds.text("a" + c + "b", true).orElseThrow().key());
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            assertEquals(
                    "input.bidi-controls",
                    InputBounds.text("a" + c + "b", false).orElseThrow().key());
        }
        assertEquals(Optional.empty(), InputBounds.text("第一行\r\n第二行\t", true));
        assertEquals(
                "input.control-characters",
                InputBounds.text("a\u0000b", true).orElseThrow().key());
        assertEquals(Optional.empty(), InputBounds.text("北京某某网络科技有限公司 (Beijing) ‘Ltd.’", false));
    }

    @ParameterizedTest
    @CsvSource({"''", "' '", "'\u00A0'", "'\u3000\u3000'", "'\t\u2007\u202F'", "'\u200B'"})
    void aNameOfOnlySpacesIsBlank(String name) {
        assertTrue(InputBounds.isBlank(name));
    }

    @Test
    void aNameWithAnyVisibleCharacterIsNotBlank() {
        assertFalse(InputBounds.isBlank("\u3000甲\u00A0"));
        assertTrue(InputBounds.isBlank(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'sheet.pdf', 'sheet.pdf'",
        "'../../etc/passwd', 'passwd'",
        "'C:\\Users\\x\\照片 1.jpg', '照片 1.jpg'",
        "'.hidden.png', 'hidden.png'",
        "'inv\u202Efdp.exe', 'invfdp.exe'",
        "'a\u0000b\nc.pdf', 'abc.pdf'",
        "'<script>\"x\".pdf', '_script_x_.pdf'",
        "'   ', 'evidence'",
        "'..', 'evidence'"
    })
    void evidenceFileNamesAreReducedToASafeForm(String name, String safe) {
        assertEquals(safe, InputBounds.safeFileName(name));
    }

    @Test
    void aLongFileNameKeepsItsExtension() {
        String safe = InputBounds.safeFileName("很".repeat(500) + ".pdf");
        assertEquals(InputBounds.MAX_FILE_NAME, safe.length());
        assertTrue(safe.endsWith(".pdf"));
        assertEquals("evidence", InputBounds.safeFileName(null));
    }
}
