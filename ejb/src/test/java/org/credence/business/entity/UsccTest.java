package org.credence.business.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.business.entity.InvalidUsccException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91110000600037341L", // GB 32100 example in the domain notes
                "91350100M000100Y43", // the other documented example
                "911100007109311097", // check value 7
                "9131000071788599N0", // weighted sum divisible by 31: (31 - 0) mod 31 = 0
                "92330106MA2CFXXX8C"
            }) // individual business, letter check character
    void acceptsValidCodes(String code) {
        assertEquals(code, Uscc.parse(code).value());
        assertTrue(Uscc.parse(code).hasValidCheckCharacter());
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4Z, 3", // the domain notes' invalid example: Z is not even in the alphabet
        "91350100M000100Y44, 3",
        "91110000600037341M, L",
        "911100006000373410, L",
        "91110000600037341l, L"
    })
    void rejectsAWrongCheckCharacterAndNamesTheExpectedOne(String code, char expected) {
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse(code));
        assertEquals(Reason.CHECK_CHARACTER, e.reason());
        assertEquals(expected, e.expectedCheckCharacter());
        assertTrue(e.getMessage().contains("'" + expected + "'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "91110000600037341, LENGTH",
        "91110000600037341LX, LENGTH",
        "'', LENGTH",
        "911100006000373a1L, ALPHABET",
        "9111000060003734IL, ALPHABET",
        "O1110000600037341L, ALPHABET",
        "91110000600037S41L, ALPHABET",
        "9111000060003V341L, ALPHABET",
        "911100006000Z7341L, ALPHABET",
        "91110000-00037341L, ALPHABET",
        "91110000 00037341L, ALPHABET"
    })
    void rejectsWrongLengthAndCharactersOutsideTheAlphabet(String code, Reason reason) {
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse(code));
        assertEquals(reason, e.reason());
        assertNull(e.expectedCheckCharacter());
    }

    @Test
    void rejectsNull() {
        assertEquals(
                Reason.LENGTH,
                assertThrows(InvalidUsccException.class, () -> Uscc.parse(null)).reason());
    }

    @Test
    void admitsAKnownExceptionOnlyWithAValidShape() {
        Uscc exception = Uscc.ofKnownException("91350100M000100Y44");
        assertFalse(exception.hasValidCheckCharacter());
        assertEquals(
                Reason.ALPHABET,
                assertThrows(InvalidUsccException.class, () -> Uscc.ofKnownException("91350100M000100Y4Z"))
                        .reason());
        assertEquals(
                Reason.LENGTH,
                assertThrows(InvalidUsccException.class, () -> Uscc.ofKnownException("91350100M000100Y4"))
                        .reason());
    }

    @Test
    void computesTheCheckCharacterWithTheStandardsWeights() {
        // the weighted sum of 9,1,1,1,0,0,0,0,6,0,0,0,3,7,3,4,1 is 11 mod 31; (31 - 11) mod 31 = 20 = 'L'
        assertEquals('L', Uscc.checkCharacter("91110000600037341"));
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
    }

    @ParameterizedTest
    @CsvSource({"91A100006000373411, A, 3", "91110A006000373418, A, 6", "9111000B600037341K, B, 8"})
    void refusesALetterInTheDivisionCodeEvenWithTheRightCheckCharacter(String code, char letter, int position) {
        assertEquals(
                code.charAt(17), Uscc.checkCharacter(code.substring(0, 17)), "the check character itself is right");
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse(code));
        assertEquals(Reason.DIVISION_CODE, e.reason());
        assertTrue(
                e.getMessage().contains("'" + letter + "'") && e.getMessage().contains(" " + position + " "),
                e.getMessage());
        assertEquals(
                code,
                Uscc.ofKnownException(code).value(),
                "the known-exception path still checks only length and alphabet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91350100M000100Y44", "91350100M000100Y4Z", "91A100006000373411"})
    void aLookupKeyTakesAnyCodeOfTheRightShapeWhateverItsLastCharacterAndDivision(String code) {
        // a known exception is registered under a code whose check character is wrong: only a lookup tells
        assertEquals(code, Uscc.key(code).value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91110000600037341",
                "91110000600037341LX",
                "",
                "911100006000373a1L",
                "O1110000600037341L",
                "91110000 00037341L"
            })
    void aLookupKeyRefusesWhatParsingRefusesForItsShapeWithTheSameReasonAndMessage(String code) {
        InvalidUsccException parsed = assertThrows(InvalidUsccException.class, () -> Uscc.parse(code));
        InvalidUsccException keyed = assertThrows(InvalidUsccException.class, () -> Uscc.key(code));
        assertEquals(parsed.reason(), keyed.reason());
        assertEquals(parsed.getMessage(), keyed.getMessage());
        assertEquals(
                Reason.LENGTH,
                assertThrows(InvalidUsccException.class, () -> Uscc.key(null)).reason());
    }
}
