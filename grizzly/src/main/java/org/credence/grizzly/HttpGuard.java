package org.credence.grizzly;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.TransferEncoding;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;

/**
 * Guards a Payara HTTP listener, as the port unification filter in front of its HTTP protocol
 * (config/domain.asadmin sets it up; the class lives in the domain's lib/). It sees every connection
 * and every read before the HTTP parser does, and watches the parser through a probe:
 * <ul>
 * <li><b>Slow headers.</b> Payara reads request headers without holding a request thread, but nothing
 * in its configuration limits how long a header may take: its idle timeout starts again with every
 * byte, so a client that sends one byte a second keeps a connection (and its buffer) for hours. Here a
 * request header must arrive whole within {@code credence.http.header-seconds} (system property,
 * default 10) of the connection's opening or of the request's first byte; a late one is answered 408
 * (a problem document) and closed, a connection that never sent anything is closed.</li>
 * <li><b>Targets the container refuses without a word.</b> A request target Payara's servlet container
 * cannot decode or normalize ({@link RequestTarget}) gets a bare 400 or 405, or even a bare 200, before
 * any application sees it. Such a request is handed instead to {@code credence.http.refused-target}
 * (default {@code /credence/malformed-request}), with the reason in the query, and the application
 * answers it with a problem document in the caller's language. Nothing is granted by this: the
 * container would have refused the original target anyway.</li>
 * <li><b>Offers to switch protocols.</b> The listener switches none, so a request's {@code Upgrade}
 * header is dropped and its body read as for any request ({@link #declineUpgrade}); the parser would
 * otherwise take the rest of the connection for that body.</li>
 * </ul>
 */
public class HttpGuard extends PUFilter {

    static final String HEADER_SECONDS = "credence.http.header-seconds";
    static final String REFUSED_TARGET = "credence.http.refused-target";

    private static final Logger LOG = Logger.getLogger(HttpGuard.class.getName());

    /** One thread for every guard: it looks for late headers once a second. */
    private static final ScheduledExecutorService SWEEPER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "credence-http-guard");
        thread.setDaemon(true);
        return thread;
    });

    private final long limitNanos;
    private final String refusedTarget;
    private final String apiPrefix;
    private final Map<Connection<?>, HeaderClock> clocks = new ConcurrentHashMap<>();

    public HttpGuard() {
        long seconds = Long.getLong(HEADER_SECONDS, 10L);
        limitNanos = TimeUnit.SECONDS.toNanos(seconds > 0 ? seconds : 10L);
        refusedTarget = System.getProperty(REFUSED_TARGET, "/credence/malformed-request");
        apiPrefix = refusedTarget.substring(0, Math.max(0, refusedTarget.lastIndexOf('/'))) + "/api/";
        WeakReference<HttpGuard> guard = new WeakReference<>(this);
        SWEEPER.scheduleWithFixedDelay(
                () -> {
                    HttpGuard live = guard.get();
                    if (live == null) {
                        // the listener was configured anew and this guard dropped: end its task
                        throw new IllegalStateException("guard gone");
                    }
                    live.sweep(System.nanoTime());
                },
                1,
                1,
                TimeUnit.SECONDS);
        LOG.info(() -> "HTTP guard: request headers within " + TimeUnit.NANOSECONDS.toSeconds(limitNanos)
                + " s; targets the container refuses go to " + refusedTarget);
    }

    /** Each protocol behind this filter: its HTTP parser is watched. */
    @Override
    public void register(PUProtocol protocol) {
        super.register(protocol);
        for (Filter filter : protocol.getFilterChain()) {
            if (filter instanceof HttpCodecFilter parser) {
                parser.getMonitoringConfig().addProbes(new Watch(parser));
            }
        }
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        clocks.put(ctx.getConnection(), new HeaderClock(System.nanoTime()));
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        HeaderClock clock = clocks.get(ctx.getConnection());
        if (clock != null) {
            synchronized (clock) {
                clock.received(System.nanoTime());
            }
        }
        return super.handleRead(ctx);
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        clocks.remove(ctx.getConnection());
        return super.handleClose(ctx);
    }

    /** Cuts off every connection whose header is late at {@code now}. */
    void sweep(long now) {
        for (Map.Entry<Connection<?>, HeaderClock> entry : clocks.entrySet()) {
            Connection<?> connection = entry.getKey();
            HeaderClock clock = entry.getValue();
            boolean late;
            boolean started;
            synchronized (clock) {
                late = clock.late(now, limitNanos);
                started = clock.started();
            }
            if (!connection.isOpen()) {
                clocks.remove(connection);
            } else if (late) {
                clocks.remove(connection);
                cutOff(connection, started);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void cutOff(Connection connection, boolean started) {
        LOG.fine(() -> "request header late, connection closed: " + connection.getPeerAddress());
        if (!started) {
            connection.closeSilently();
            return;
        }
        Buffer answer =
                Buffers.wrap(connection.getMemoryManager(), timeoutAnswer(TimeUnit.NANOSECONDS.toSeconds(limitNanos)));
        try {
            connection.write(answer, new EmptyCompletionHandler<Object>() {
                @Override
                public void completed(Object result) {
                    connection.closeSilently();
                }

                @Override
                public void failed(Throwable throwable) {
                    connection.closeSilently();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not answer a late header", e);
            connection.closeSilently();
        }
    }

    /**
     * The answer to a header that came too late: 408 with a problem document. The header was never
     * read whole, so its Accept-Language is unknown and the answer is in English (the API's default).
     */
    static byte[] timeoutAnswer(long seconds) {
        byte[] body =
                ("{\"type\":\"urn:credence:problem:request-timeout\",\"title\":\"Request Timeout\",\"status\":408,"
                                + "\"detail\":\"The request's header did not arrive whole within " + seconds
                                + " seconds.\"}")
                        .getBytes(StandardCharsets.UTF_8);
        byte[] head =
                ("HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\nContent-Language: en\r\n"
                                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        byte[] answer = new byte[head.length + body.length];
        System.arraycopy(head, 0, answer, 0, head.length);
        System.arraycopy(body, 0, answer, head.length, body.length);
        return answer;
    }

    /** Where a request the container would refuse goes instead, or {@code null} to leave it as it is. */
    String handedTo(String method, String path) {
        RequestTarget.Refusal refusal = RequestTarget.refusal(method, path);
        if (refusal == null) {
            return null;
        }
        return "reason=" + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "&status="
                + refusal.status() + "&api=" + path.startsWith(apiPrefix);
    }

    /** {@code HttpHeader.setTransferEncoding}, which the parser calls and nothing outside it may. */
    private static final java.lang.reflect.Method SET_TRANSFER_ENCODING = transferEncodingSetter();

    private static java.lang.reflect.Method transferEncodingSetter() {
        try {
            java.lang.reflect.Method setter =
                    HttpHeader.class.getDeclaredMethod("setTransferEncoding", TransferEncoding.class);
            setter.setAccessible(true);
            return setter;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "HTTP guard: requests offering a protocol upgrade are left to the application", e);
            return null;
        }
    }

    /**
     * Reads a request that offers to switch protocols as the plain HTTP/1.1 request it also is. The
     * guarded listener switches none (plain-text HTTP/2 is off, the application has no WebSocket), and
     * RFC 9110 lets a server ignore the offer; but the parser has already taken everything after the
     * header for the request's body, never ending (Java's HTTP client offers h2c with every request on
     * a new connection, its POSTs included). Here the offer is dropped and the body is read as its
     * Content-Length or chunked encoding says, as for any request: what the parser does when there is
     * no Upgrade header.
     */
    static void declineUpgrade(HttpRequestPacket request, HttpCodecFilter parser) {
        if (SET_TRANSFER_ENCODING == null) {
            return;
        }
        request.getUpgradeDC().recycle();
        request.getHeaders().removeHeader(Header.Upgrade);
        request.setIgnoreContentModifiers(false);
        boolean payload = request.getContentLength() > 0 || request.isChunked();
        request.setExpectContent(payload);
        if (payload) {
            for (TransferEncoding encoding : parser.getTransferEncodings()) {
                if (encoding.wantDecode(request)) {
                    try {
                        SET_TRANSFER_ENCODING.invoke(request, encoding);
                    } catch (ReflectiveOperationException e) {
                        LOG.log(Level.FINE, "could not read the body of a request offering an upgrade", e);
                    }
                    return;
                }
            }
        }
    }

    /** Watches the HTTP parser of one protocol behind the guard. */
    @SuppressWarnings("rawtypes") // Grizzly's HttpProbe declares its events with the raw Connection, as overrides must
    private final class Watch extends HttpProbe.Adapter {

        private final HttpCodecFilter parser;

        Watch(HttpCodecFilter parser) {
            this.parser = parser;
        }

        @Override
        public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
            if (header instanceof HttpRequestPacket request) {
                if (request.isUpgrade()) {
                    declineUpgrade(request, parser);
                }
                String query = handedTo(
                        request.getMethod().getMethodString(),
                        request.getRequestURIRef().getURI(StandardCharsets.ISO_8859_1));
                if (query != null) {
                    LOG.fine(() -> "request target the container refuses, handed to " + refusedTarget + "?" + query);
                    if (request.getMethod() == Method.TRACE) {
                        request.setMethod(Method.GET);
                    }
                    request.setRequestURI(refusedTarget);
                    request.setQueryString(query);
                }
            }
            HeaderClock clock = clocks.get(connection);
            if (clock != null) {
                synchronized (clock) {
                    clock.headerRead();
                }
            }
        }

        @Override
        public void onHeaderSerializeEvent(Connection connection, HttpHeader header, Buffer buffer) {
            HeaderClock clock = clocks.get(connection);
            if (clock != null && header instanceof HttpResponsePacket response) {
                synchronized (clock) {
                    clock.answered(response.getStatus());
                }
            }
        }
    }
}
