package org.credence.sharing.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Jdbc;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.Delivery;

/**
 * Webhook deliveries, in plain JDBC, and the rules a delivery follows:
 * the HMAC-SHA256 signature over the body, the idempotency key, exponential backoff and the dead
 * letter after the last attempt.
 */
public final class Webhooks {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final int ENQUEUE_WINDOW = 1_000;

    /** A subscription as stored; {@code agreement} and {@code agencyCode} are its client's. */
    public record Subscription(
            long id,
            long clientRowId,
            String clientId,
            long agencyId,
            String agencyCode,
            Agreement agreement,
            String url,
            Set<String> eventTypes,
            String secret,
            String status,
            LocalDateTime createdAt,
            String createdBy,
            LocalDateTime decidedAt,
            String decidedBy,
            Long fromSeq) {

        public boolean approved() {
            return "APPROVED".equals(status);
        }

        /** Whether changes are queued for it: once approved, also while suspended (they wait). */
        public boolean queues() {
            return fromSeq != null;
        }
    }

    /** What the receiver needs to send one delivery: where, what, and how to sign it. */
    public record Due(
            long id, String url, String secret, String kind, String payload, String idempotencyKey, int attempts) {}

    private Webhooks() {}

    // --- rules

    /** {@code sha256=} and the hex HMAC-SHA256 of the body under the subscription's secret. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How long to wait after the {@code attempts}-th failed attempt: {@code base} doubled for each
     * earlier failure, at most {@code cap}.
     */
    public static Duration backoff(int attempts, Duration base, Duration cap) {
        Duration wait = base;
        for (int i = 1; i < attempts && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** Why a URL cannot be a webhook target, or null: absolute http(s), a host, no user information. */
    public static Message urlProblem(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            return Message.of("url-required");
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            return Message.of("url-malformed", e.getReason());
        }
        if (uri.getScheme() == null
                || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
            return Message.of("url-scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Message.of("url-host");
        }
        if (uri.getUserInfo() != null) {
            return Message.of("url-user-info");
        }
        if (uri.getFragment() != null) {
            return Message.of("url-fragment");
        }
        return null;
    }

    // --- the subscriptions that deliveries are queued for

    /**
     * Every subscription that queues deliveries (approved once, now approved or suspended), with its
     * client's agency and agreement. The entity {@code WebhookSubscription} is what people change; the
     * job reads here, in its own statement and transaction.
     */
    static List<Subscription> queueing(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "select s.id, s.client_id, c.client_id, c.agency_id, a.code, g.reference, g.reads, g.model_ids,"
                        + " g.valid_until, s.url, s.event_types, s.secret, s.status, s.created_at, s.created_by,"
                        + " s.decided_at, s.decided_by, s.from_seq from webhook_subscription s"
                        + " join api_client c on c.id = s.client_id join agency a on a.id = c.agency_id"
                        + " left join sharing_agreement g on g.client_id = c.id where s.from_seq is not null order by s.id",
                Webhooks::subscription);
    }

    private static Subscription subscription(java.sql.ResultSet rs) throws SQLException {
        java.sql.Date until = rs.getDate(9);
        Timestamp decided = rs.getTimestamp(16);
        return new Subscription(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                Agreement.stored(
                        rs.getString(6), rs.getString(7), rs.getString(8), until == null ? null : until.toLocalDate()),
                rs.getString(10),
                Set.copyOf(Arrays.asList(rs.getString(11).split(","))),
                rs.getString(12),
                rs.getString(13),
                rs.getTimestamp(14).toLocalDateTime(),
                rs.getString(15),
                decided == null ? null : decided.toLocalDateTime(),
                rs.getString(17),
                Jdbc.longOrNull(rs, "from_seq"));
    }

    // --- the outbox: changes into deliveries

    /**
     * Copies the next window of the change log into deliveries, one per approved (or suspended) subscription that
     * subscribes to the change's kind and whose client's agreement opens it, and advances the cursor
     * in the same transaction (under the state row's lock, so two servers never copy a window twice).
     * Returns how many changes it read; 0 when it is at the head of the log.
     */
    public static int enqueue(Connection c, LocalDate today, LocalDateTime now) throws SQLException {
        long seen = Jdbc.one(c, "select changes_seen from webhook_state where id = 1 for update", rs -> rs.getLong(1));
        List<ChangeVisibility.Change> changes = ChangeVisibility.after(c, seen, ENQUEUE_WINDOW);
        if (changes.isEmpty()) {
            return 0;
        }
        List<Subscription> queueing = queueing(c);
        List<Object[]> rows = new ArrayList<>();
        for (ChangeVisibility.Change change : changes) {
            for (Subscription s : queueing) {
                if (!s.eventTypes().contains(change.kind()) || change.seq() <= s.fromSeq()) {
                    continue;
                }
                ChangeVisibility.Extra extra = ChangeVisibility.visible(c, s.agreement(), s.agencyId(), change, today);
                if (extra == null) {
                    continue;
                }
                String key = "credence-" + s.id() + "-" + change.seq();
                JsonObjectBuilder body = JSON.createObjectBuilder()
                        .add("id", key)
                        .add("cursor", change.seq())
                        .add("kind", change.kind())
                        .add("uscc", change.uscc())
                        .add("occurredAt", change.occurredAt().toString());
                if (extra.model() != null) {
                    body.add("model", extra.model());
                }
                if (extra.grade() != null) {
                    body.add("grade", extra.grade());
                }
                if (extra.measure() != null) {
                    body.add("measure", extra.measure());
                }
                rows.add(new Object[] {
                    s.id(), change.seq(), change.kind(), body.build().toString(), key, "PENDING", 0, now, now
                });
            }
        }
        org.credence.platform.jdbc.TableWriter.write(
                c,
                "webhook_delivery",
                List.of(
                        "subscription_id",
                        "change_seq",
                        "kind",
                        "payload",
                        "idempotency_key",
                        "status",
                        "attempts",
                        "next_attempt_at",
                        "created_at"),
                rows);
        Jdbc.update(
                c,
                "update webhook_state set changes_seen = ? where id = 1",
                changes.get(changes.size() - 1).seq());
        return changes.size();
    }

    // --- sending

    /** Deliveries due now, oldest first, of subscriptions still approved. */
    public static List<Due> due(Connection c, LocalDateTime now, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "select d.id, s.url, s.secret, d.kind, d.payload, d.idempotency_key, d.attempts"
                        + " from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                        + " where d.status = 'PENDING' and d.next_attempt_at <= ? and s.status = 'APPROVED'"
                        + " order by d.next_attempt_at, d.id fetch first " + limit + " rows only",
                rs -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)),
                now);
    }

    public static void delivered(Connection c, long id, int status, LocalDateTime now) throws SQLException {
        Jdbc.update(
                c,
                "update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_status = ?,"
                        + " last_error = null, delivered_at = ? where id = ? and status = 'PENDING'",
                status,
                now,
                id);
    }

    /**
     * Records a failed attempt: the next one after the backoff, or the dead letter once
     * {@code maxAttempts} have failed.
     */
    public static void failed(
            Connection c,
            Due d,
            Integer status,
            String error,
            LocalDateTime now,
            int maxAttempts,
            Duration base,
            Duration cap)
            throws SQLException {
        int attempts = d.attempts() + 1;
        boolean dead = attempts >= maxAttempts;
        String message = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        Jdbc.update(
                c,
                "update webhook_delivery set status = ?, attempts = ?, last_status = ?, last_error = ?,"
                        + " next_attempt_at = ? where id = ? and status = 'PENDING'",
                dead ? "DEAD" : "PENDING",
                attempts,
                status,
                message,
                dead ? now : now.plus(backoff(attempts, base, cap)),
                d.id());
    }

    /** A dead letter goes back to the queue, to be sent now with a fresh count of attempts. */
    public static boolean replay(Connection c, long id, LocalDateTime now) throws SQLException {
        return Jdbc.update(
                        c,
                        "update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?"
                                + " where id = ? and status = 'DEAD'",
                        now,
                        id)
                == 1;
    }

    public static Delivery delivery(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "select " + DELIVERY_COLUMNS + " where id = ?", Webhooks::delivery, id);
    }

    /** A subscription's deliveries, newest first, optionally only those with one status. */
    public static List<Delivery> deliveries(Connection c, long subscriptionId, String status, int limit)
            throws SQLException {
        return status == null
                ? Jdbc.list(
                        c,
                        "select " + DELIVERY_COLUMNS + " where subscription_id = ? order by id desc fetch first "
                                + limit + " rows only",
                        Webhooks::delivery,
                        subscriptionId)
                : Jdbc.list(
                        c,
                        "select " + DELIVERY_COLUMNS + " where subscription_id = ? and status = ? order by id desc"
                                + " fetch first " + limit + " rows only",
                        Webhooks::delivery,
                        subscriptionId,
                        status);
    }

    private static final String DELIVERY_COLUMNS =
            "id, subscription_id, change_seq, kind, payload, idempotency_key, status,"
                    + " attempts, next_attempt_at, last_status, last_error, delivered_at, created_at from webhook_delivery";

    private static Delivery delivery(java.sql.ResultSet rs) throws SQLException {
        int last = rs.getInt(10);
        Integer lastStatus = rs.wasNull() ? null : last;
        Timestamp delivered = rs.getTimestamp(12);
        return new Delivery(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getTimestamp(9).toLocalDateTime(),
                lastStatus,
                rs.getString(11),
                delivered == null ? null : delivered.toLocalDateTime(),
                rs.getTimestamp(13).toLocalDateTime());
    }
}
