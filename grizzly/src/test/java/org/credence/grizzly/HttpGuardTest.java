package org.credence.grizzly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.Protocol;
import org.junit.jupiter.api.Test;

class HttpGuardTest {

    private final HttpGuard guard = new HttpGuard();

    @Test
    void aRefusedTargetIsHandedOnWithItsReasonStatusAndWhetherItWasTheApis() {
        assertEquals("reason=nul&status=400&api=true", guard.handedTo("GET", "/credence/api/v1/credit/%00"));
        assertEquals("reason=bad-escape&status=400&api=false", guard.handedTo("POST", "/credence/index.xhtml%zz"));
        assertEquals("reason=above-root&status=400&api=false", guard.handedTo("GET", "/credence/../../x"));
        assertEquals("reason=trace&status=405&api=true", guard.handedTo("TRACE", "/credence/api/v1/businesses"));
        assertNull(guard.handedTo("GET", "/credence/api/v1/businesses/a%2Fb"));
    }

    @Test
    void aLateHeaderIsAnswered408WithAProblemDocumentAndTheConnectionClosed() {
        String answer = new String(HttpGuard.timeoutAnswer(10), StandardCharsets.UTF_8);
        String[] parts = answer.split("\r\n\r\n", 2);
        assertTrue(parts[0].startsWith("HTTP/1.1 408 Request Timeout\r\n"), parts[0]);
        assertTrue(parts[0].contains("\r\nContent-Type: application/problem+json\r\n"), parts[0]);
        assertTrue(parts[0].contains("\r\nConnection: close"), parts[0]);
        assertTrue(
                parts[0].contains("\r\nContent-Length: " + parts[1].getBytes(StandardCharsets.UTF_8).length), parts[0]);
        assertTrue(parts[1].contains("\"status\":408") && parts[1].contains("10 seconds"), parts[1]);
    }

    @Test
    @SuppressWarnings("deprecation")
    void anOfferToSwitchProtocolsIsDroppedAndTheBodyReadAsItsHeaderSays() {
        HttpServerFilter parser = new HttpServerFilter();
        HttpRequestPacket chunked = HttpRequestPacket.builder()
                .method(Method.POST)
                .uri("/credence/api/v1/records/csv")
                .protocol(Protocol.HTTP_1_1)
                .upgrade("h2c")
                .chunked(true)
                .build();
        chunked.setIgnoreContentModifiers(true);
        HttpGuard.declineUpgrade(chunked, parser);
        assertTrue(!chunked.isUpgrade() && chunked.getHeader("Upgrade") == null, "still an upgrade");
        assertTrue(!chunked.isIgnoreContentModifiers() && chunked.isExpectContent());
        assertEquals(
                "ChunkedTransferEncoding",
                chunked.getTransferEncoding().getClass().getSimpleName());

        HttpRequestPacket sized = HttpRequestPacket.builder()
                .method(Method.POST)
                .uri("/credence/api/v1/oauth/token")
                .protocol(Protocol.HTTP_1_1)
                .upgrade("h2c")
                .contentLength(29)
                .build();
        HttpGuard.declineUpgrade(sized, parser);
        assertEquals(
                "FixedLengthTransferEncoding",
                sized.getTransferEncoding().getClass().getSimpleName());

        HttpRequestPacket bodiless = HttpRequestPacket.builder()
                .method(Method.GET)
                .uri("/credence/api/v1/public/plans")
                .protocol(Protocol.HTTP_1_1)
                .upgrade("websocket")
                .build();
        bodiless.setIgnoreContentModifiers(true);
        HttpGuard.declineUpgrade(bodiless, parser);
        assertTrue(!bodiless.isUpgrade() && !bodiless.isExpectContent());
        assertNull(bodiless.getTransferEncoding());
    }
}
