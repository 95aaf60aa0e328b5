package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void aLimitInWholeUnitsIsStatedInTheLargestUnitItReaches() {
        assertEquals(Optional.of("4 GiB"), ByteSize.inUnits(4L * 1024 * 1024 * 1024));
        assertEquals(Optional.of("1 MiB"), ByteSize.inUnits(1024 * 1024));
        assertEquals(Optional.of("64 KiB"), ByteSize.inUnits(64 * 1024));
        assertEquals(Optional.of("64 GiB"), ByteSize.inUnits(64L * 1024 * 1024 * 1024));
        assertEquals(Optional.of("2 TiB"), ByteSize.inUnits(2L * 1024 * 1024 * 1024 * 1024));
    }

    @Test
    void aLimitBetweenUnitsKeepsOneDecimalRoundedDownSoThatARefusedBodyIsLargerThanTheSizeStated() {
        assertEquals(Optional.of("1.5 MiB"), ByteSize.inUnits(1536 * 1024));
        assertEquals(Optional.of("976.5 KiB"), ByteSize.inUnits(1_000_000));
        assertEquals(Optional.of("1.9 GiB"), ByteSize.inUnits(2L * 1024 * 1024 * 1024 - 1));
    }

    @Test
    void underOneKibibyteTheBytesAreLeftToTheCaller() {
        assertEquals(Optional.empty(), ByteSize.inUnits(1023));
        assertEquals(Optional.of("1 KiB"), ByteSize.inUnits(1024));
    }

    @Test
    void theLargestLongStaysInTebibytes() {
        assertEquals(Optional.of("8388607.9 TiB"), ByteSize.inUnits(Long.MAX_VALUE));
    }

    @Test
    void theRefusalOfATooLargeBodyStatesTheLimitInTheUnitAPersonReadsInEachLanguage() {
        long fourGiB = 4L * 1024 * 1024 * 1024;
        assertEquals(
                "请求内容超过 4 GiB 的上限。",
                Problems.tooLarge(fourGiB, Locale.SIMPLIFIED_CHINESE).detail());
        assertEquals(
                "The request body is larger than the limit of 4 GiB.",
                Problems.tooLarge(fourGiB, Locale.ENGLISH).detail());
        assertEquals(
                "请求内容超过 512 字节的上限。",
                Problems.tooLarge(512, Locale.SIMPLIFIED_CHINESE).detail());
        assertEquals(
                "The request body is larger than the limit of 512 bytes.",
                Problems.tooLarge(512, Locale.ENGLISH).detail());
    }
}
