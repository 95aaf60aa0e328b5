package org.credence.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code credence.api.max-body-bytes} (or a {@link LargeBody} method's own
 * limit) with 413: at once when the declared length is too long, and while reading when a chunked body runs
 * past the limit. Up to {@link #DISCARD_LIMIT} bytes of a refused body are read and thrown away, so that an
 * ordinary client still sending it receives the 413 instead of a broken connection. The body of a client
 * that sent {@code Expect: 100-continue} is not read: the server has answered {@code 100 Continue} before
 * this filter runs (seen on the wire: the interim answer, then the 413), so such a client may be sending,
 * and it must read the 413 while it does, as the expectation obliges it to.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "credence.api.max-body-bytes", defaultValue = "1048576")
    long defaultLimit;

    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(resource.getResourceMethod());
        if (declaredLength(request.getHeaderString("Content-Length")) > limit) {
            if (!"100-continue".equalsIgnoreCase(request.getHeaderString("Expect"))) {
                discard(request.getEntityStream());
            }
            request.abortWith(Problems.tooLarge(limit, Problems.language(request.getHeaderString("Accept-Language")))
                    .toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
        }
    }

    /**
     * The body's length as its Content-Length declares it, -1 when none is declared. Read as a long: Jersey's
     * {@code getLength()} is an int and failed (a 500) on a declared length over 2 GiB, a CSV file of a few
     * gigabytes. Digits too many for a long are over any limit; anything else is left to the container, which
     * refuses it, and to the counting of what arrives.
     */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String digits = header.strip();
        if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return -1;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The method's own limit if it takes large bodies, else the API's default. */
    private long limitOf(Method method) {
        LargeBody large = method == null ? null : method.getAnnotation(LargeBody.class);
        if (large == null) {
            return defaultLimit;
        }
        return ConfigProvider.getConfig()
                .getOptionalValue(large.configKey(), Long.class)
                .orElse(large.defaultBytes());
    }

    private static void discard(InputStream body) {
        try {
            long skipped = 0;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (skipped < DISCARD_LIMIT && (n = body.read(buffer)) > 0) {
                skipped += n;
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                discard(in);
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
