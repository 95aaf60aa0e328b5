package org.credence.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fault 4 of {@code bench/cluster-faults}: a webhook receiver on 127.0.0.1 that records every delivery it
 * gets and answers 204. Each delivery is one tab-separated line of {@code LOG}, written and flushed as the
 * request arrives (before the answer): the arrival's number, the time (UTC), the {@code Idempotency-Key}
 * header, the body's {@code id} and {@code cursor} (the change's sequence number; {@code \N}, COPY's null,
 * if the body has none), whether the
 * {@code Credence-Signature} header is the HMAC-SHA256 of the body under the secret in {@code SECRET_FILE},
 * the {@code Credence-Event} header and the sender's TCP port.
 *
 * <p>The {@code HOLD}-th arrival is answered only after {@code HOLD_SECONDS}: while it waits, the file
 * {@code HELD} holds its number, its idempotency key and the sender's port, so that the script can find
 * the process holding that connection and kill it with the delivery in flight.
 *
 * <pre>WebhookReceiver PORT_FILE LOG SECRET_FILE HOLD HOLD_SECONDS HELD</pre>
 *
 * The receiver listens on a free port, which it writes to {@code PORT_FILE}, and runs until it is
 * stopped.
 */
public final class WebhookReceiver {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CURSOR = Pattern.compile("\"cursor\"\\s*:\\s*(\\d+)");

    private final BufferedWriter log;
    private final Path secretFile;
    private final int hold;
    private final long holdMillis;
    private final Path held;
    private final AtomicInteger arrivals = new AtomicInteger();
    private volatile byte[] secret;

    private WebhookReceiver(BufferedWriter log, Path secretFile, int hold, long holdMillis, Path held) {
        this.log = log;
        this.secretFile = secretFile;
        this.hold = hold;
        this.holdMillis = holdMillis;
        this.held = held;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: WebhookReceiver PORT_FILE LOG SECRET_FILE HOLD HOLD_SECONDS HELD");
            System.exit(2);
        }
        BufferedWriter log = Files.newBufferedWriter(
                Path.of(args[1]),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        WebhookReceiver receiver = new WebhookReceiver(
                log, Path.of(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]) * 1000, Path.of(args[5]));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", receiver::receive);
        // a held delivery must not keep the others waiting
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        write(Path.of(args[0]), Integer.toString(server.getAddress().getPort()));
    }

    private void receive(HttpExchange exchange) throws IOException {
        try {
            LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            String key = header(exchange, "Idempotency-Key");
            int port = exchange.getRemoteAddress().getPort();
            int n = arrivals.incrementAndGet();
            String line = String.join(
                    "\t",
                    Integer.toString(n),
                    at.toString(),
                    key,
                    group(ID, text),
                    group(CURSOR, text),
                    signed(header(exchange, "Credence-Signature"), body) ? "t" : "f",
                    header(exchange, "Credence-Event"),
                    Integer.toString(port));
            synchronized (log) {
                log.write(line);
                log.newLine();
                log.flush();
            }
            if (n == hold) {
                write(held, n + " " + key + " " + port);
                try {
                    Thread.sleep(holdMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException e) {
                // the sender is gone (killed while this one was held): nobody to answer
            }
        } finally {
            exchange.close();
        }
    }

    private boolean signed(String signature, byte[] body) {
        try {
            if (secret == null) {
                secret = Files.readString(secretFile, StandardCharsets.UTF_8)
                        .strip()
                        .getBytes(StandardCharsets.UTF_8);
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] expected =
                    ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value.replaceAll("[\t\r\n\\\\]", " ");
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : "\\N";
    }

    /** Writes a small file whole: the reader never sees a part of it. */
    private static void write(Path file, String content) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, content + "\n", StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
