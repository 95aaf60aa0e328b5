package org.credence.api.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No slow client holds the server's request threads. Every request body must arrive at a minimum
 * rate ({@link BodyPace}); the server's read timeout (config/domain.asadmin) ends a read that gets
 * nothing at all. A body from someone not signed in (the token endpoint, public pages, the sign-in
 * form) must also be small, is read here in full before anything else sees it, within a few seconds,
 * and only a few such bodies are read at once: the request threads beyond them always remain for
 * pages and signed-in work, however many sockets trickle.
 */
public class SlowBodies extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SlowBodies.class.getName());

    private long graceMillis;
    private long minBytesPerSecond;
    private long anonymousBytes;
    private long anonymousMillis;
    private transient Semaphore anonymousReaders;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        graceMillis = 1000L
                * config.getOptionalValue("credence.http.body-grace-seconds", Long.class)
                        .orElse(5L);
        minBytesPerSecond = config.getOptionalValue("credence.http.min-body-bytes-per-second", Long.class)
                .orElse(1024L);
        anonymousBytes = config.getOptionalValue("credence.http.anonymous-body-bytes", Long.class)
                .orElse(64L * 1024);
        anonymousMillis = 1000L
                * config.getOptionalValue("credence.http.anonymous-body-seconds", Long.class)
                        .orElse(10L);
        anonymousReaders = new Semaphore(config.getOptionalValue("credence.http.anonymous-body-readers", Integer.class)
                .orElse(8));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Upgrade") != null) {
            // The server switches no protocol, but its HTTP layer takes everything after the header of
            // a request offering one (a WebSocket handshake, Java's HTTP client offering h2c) for that
            // request's body, never ending: a GET waited for the read timeout wherever a body was looked
            // for (JAX-RS does on every request) and failed with 500, a form post's body never ended.
            // Such a request's body is what its Content-Length says, and the connection ends with it.
            response.setHeader("Connection", "close");
            if (request.getHeader("Transfer-Encoding") != null) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            request = new UpgradeOffered(request);
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() != null) {
            chain.doFilter(
                    new Paced(request, new BodyPace(graceMillis, minBytesPerSecond, Long.MAX_VALUE, System::nanoTime)),
                    response);
            return;
        }
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (request.getContentLengthLong() > anonymousBytes || type.startsWith("multipart/")) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (!anonymousReaders.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        byte[] body;
        try {
            body = readAll(
                    request.getInputStream(),
                    anonymousBytes,
                    new BodyPace(
                            Math.min(graceMillis, anonymousMillis),
                            minBytesPerSecond,
                            anonymousMillis,
                            System::nanoTime));
        } catch (PayloadTooLargeException e) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        } catch (IOException e) {
            // too slow, the server's read timeout, or the client went away
            LOG.fine(() -> "request body cut off: " + e);
            refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT);
            return;
        } finally {
            anonymousReaders.release();
        }
        chain.doFilter(new Buffered(request, body, type.startsWith("application/x-www-form-urlencoded")), response);
    }

    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    /** The whole body, paced, at most {@code limit} bytes. */
    static byte[] readAll(InputStream in, long limit, BodyPace pace) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            pace.received(n);
            if (body.size() + n > limit) {
                throw new PayloadTooLargeException(limit);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /** A request offering a protocol upgrade: its body ends after Content-Length bytes (none without it). */
    static final class UpgradeOffered extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        UpgradeOffered(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                long length = Math.max(0, getContentLengthLong());
                stream = length == 0 ? empty() : bounded(super.getInputStream(), length);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
        }
    }

    private static ServletInputStream empty() {
        return new Buffered.Stream(new ByteArrayInputStream(new byte[0]));
    }

    /** The first {@code length} bytes of a stream, then its end. */
    static ServletInputStream bounded(ServletInputStream in, long length) {
        return new ServletInputStream() {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                left = b < 0 ? 0 : left - 1;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                left = n < 0 ? 0 : left - n;
                return n;
            }

            @Override
            public boolean isFinished() {
                return left <= 0 || in.isFinished();
            }

            @Override
            public boolean isReady() {
                return left <= 0 || in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        };
    }

    /** A request whose body is counted against the minimum rate as it is read. */
    static final class Paced extends HttpServletRequestWrapper {
        private final BodyPace pace;
        private ServletInputStream stream;

        Paced(HttpServletRequest request, BodyPace pace) {
            super(request);
            this.pace = pace;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        pace.received(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        pace.received(Math.max(n, 0));
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
        }
    }

    /** A request whose body was read in full: its stream, its reader and (url-encoded) its parameters. */
    static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private final boolean form;
        private Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body, boolean form) {
            super(request);
            this.body = body;
            this.form = form;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new Stream(new ByteArrayInputStream(body));
        }

        /** A stream of bytes already read. */
        static final class Stream extends ServletInputStream {
            private final ByteArrayInputStream in;

            Stream(ByteArrayInputStream in) {
                this.in = in;
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset(this)));
        }

        /** Parsed on first use, in the encoding set by then (Faces sets it; UTF-8, the pages' own, otherwise). */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                parameters = FormBody.parameters(
                        getQueryString(), form ? new String(body, charset(this)) : null, charset(this));
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }
    }

    private static Charset charset(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
