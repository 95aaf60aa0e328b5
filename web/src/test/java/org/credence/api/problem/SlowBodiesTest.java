package org.credence.api.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Request bodies arrive at a minimum rate; unsigned callers' are small and read whole. */
class SlowBodiesTest {

    private final AtomicLong nanos = new AtomicLong();

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void aTrickleIsCutOffOnceTheGraceIsOver() throws Exception {
        BodyPace pace = new BodyPace(3000, 1024, 10_000, nanos::get);
        // one byte every 1.5 s, as the attack sent it
        advanceMillis(1500);
        pace.received(1);
        advanceMillis(1500);
        pace.received(1);
        advanceMillis(1500);
        assertThrows(BodyPace.SlowBodyException.class, () -> pace.received(1));
    }

    @Test
    void aBodyAtTheRateOrFasterGoesThroughAndTheTotalTimeIsBounded() throws Exception {
        BodyPace pace = new BodyPace(3000, 1024, 10_000, nanos::get);
        for (int i = 0; i < 9; i++) {
            advanceMillis(1000);
            pace.received(2048);
        }
        assertEquals(9 * 2048, pace.bytes());
        advanceMillis(2000);
        assertThrows(BodyPace.SlowBodyException.class, () -> pace.received(1 << 20));
    }

    @Test
    void aSmallBodyIsReadWholeAndALargeOneRefused() throws Exception {
        byte[] body = "grant_type=client_credentials&client_id=a".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(
                body,
                SlowBodies.readAll(new ByteArrayInputStream(body), 1024, new BodyPace(3000, 1024, 10_000, nanos::get)));
        InputStream large = new ByteArrayInputStream(new byte[70_000]);
        assertThrows(
                PayloadTooLargeException.class,
                () -> SlowBodies.readAll(large, 64 * 1024, new BodyPace(3000, 1024, 10_000, nanos::get)));
    }

    @Test
    void theBodyOfARequestOfferingAnUpgradeEndsAfterItsContentLength() throws Exception {
        // the HTTP layer hands on everything after such a request's header, as if the body never ended
        InputStream rest = SlowBodies.bounded(
                new SlowBodies.Buffered.Stream(new ByteArrayInputStream(
                        "grant_type=client_credentials\r\nGET /next HTTP/1.1".getBytes(StandardCharsets.US_ASCII))),
                29);
        assertArrayEquals("grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII), rest.readAllBytes());
        assertEquals(-1, rest.read());
    }

    @Test
    void formParametersKeepTheirChineseAndTheirOrder() {
        Map<String, String[]> parameters = FormBody.parameters(
                "id=7", "name=%E7%BD%91%E7%BB%9C%E4%BA%A4%E6%98%93&a=1&a=2&bad=%E0%", StandardCharsets.UTF_8);
        assertEquals("7", parameters.get("id")[0]);
        assertEquals("网络交易", parameters.get("name")[0]);
        assertArrayEquals(new String[] {"1", "2"}, parameters.get("a"));
        assertDoesNotThrow(() -> parameters.get("bad"));
    }
}
