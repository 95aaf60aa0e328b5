package org.credence.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A client's webhook: the URL changes of some kinds are sent to, signed with {@code secret}. PENDING
 * until a system administrator approves it; the first approval fixes {@code fromSeq}, the last change
 * before deliveries start. The webhook job reads subscriptions in its own JDBC statements.
 *
 * <p>Inserted with {@link #INSERT} and read back by its client and its (random) secret, since the id
 * is an identity column that EclipseLink cannot read back on H2 2.x (see {@link ApiClient}).
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = WebhookSubscription.ALL, query = "select s from WebhookSubscription s order by s.id")
@NamedQuery(
        name = WebhookSubscription.OF_CLIENT,
        query = "select s from WebhookSubscription s where s.client.clientId = :clientId order by s.id")
@NamedQuery(
        name = WebhookSubscription.BY_SECRET,
        query = "select s from WebhookSubscription s where s.client = :client and s.secret = :secret")
@NamedNativeQuery(
        name = WebhookSubscription.INSERT,
        query = "insert into webhook_subscription (client_id, url, event_types, secret, status, created_at,"
                + " created_by, version) values (?, ?, ?, ?, 'PENDING', ?, ?, 0)")
@NamedNativeQuery(
        name = WebhookSubscription.LAST_CHANGE,
        query = "select last_seq from change_log_counter where id = 1")
public class WebhookSubscription {

    public static final String ALL = "WebhookSubscription.all";
    public static final String OF_CLIENT = "WebhookSubscription.ofClient";
    public static final String BY_SECRET = "WebhookSubscription.bySecret";
    /** Parameters: the client's row id, URL, comma-separated kinds, secret, created at, created by. */
    public static final String INSERT = "WebhookSubscription.insert";
    /** The sequence number of the last change committed. */
    public static final String LAST_CHANGE = "WebhookSubscription.lastChange";

    public static final String APPROVED = "APPROVED";

    @Id
    @Column(name = "id", updatable = false)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    private ApiClient client;

    @Column(name = "url", nullable = false, updatable = false, length = 500)
    private String url;

    @Column(name = "event_types", nullable = false, updatable = false, length = 500)
    private String eventTypes;

    @Column(name = "secret", nullable = false, updatable = false, length = 100)
    private String secret;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "from_seq")
    private Long fromSeq;

    @Version
    @Column(name = "version")
    private long version;

    protected WebhookSubscription() {}

    public Long id() {
        return id;
    }

    public ApiClient client() {
        return client;
    }

    public String url() {
        return url;
    }

    /** The kinds of change it is sent, in their stored order. */
    public List<String> eventTypes() {
        return Arrays.asList(eventTypes.split(","));
    }

    public String status() {
        return status;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Long fromSeq() {
        return fromSeq;
    }

    /**
     * Approves or suspends. The first approval fixes where deliveries start: after the last change
     * committed now, which {@code lastChange} reads only then, before anything changes (a query after a
     * change would flush it first, and the row would be written twice).
     */
    public void decide(String newStatus, LocalDateTime now, String by, LongSupplier lastChange) {
        if (fromSeq == null && APPROVED.equals(newStatus)) {
            fromSeq = lastChange.getAsLong();
        }
        this.status = newStatus;
        this.decidedAt = now;
        this.decidedBy = by;
    }
}
