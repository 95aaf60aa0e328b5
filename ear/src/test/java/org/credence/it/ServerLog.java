package org.credence.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The log of the Payara domain the integration tests run on. */
final class ServerLog {

    private static final Path FILE =
            Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "logs", "server.log");

    private ServerLog() {}

    static long size() {
        return FILE.toFile().length();
    }

    static String read() {
        return readFrom(0);
    }

    /** What the server logged from this byte offset on. */
    static String readFrom(long offset) {
        try (RandomAccessFile log = new RandomAccessFile(FILE.toFile(), "r")) {
            long start = Math.min(offset, log.length());
            byte[] bytes = new byte[(int) (log.length() - start)];
            log.seek(start);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
