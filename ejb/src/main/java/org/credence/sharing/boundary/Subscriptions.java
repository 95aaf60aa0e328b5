package org.credence.sharing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.audit.control.WriteLog;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.entity.Role;
import org.credence.sharing.control.ChangeVisibility;
import org.credence.sharing.control.Webhooks;
import org.credence.sharing.control.Webhooks.Due;
import org.credence.sharing.entity.ApiClient;
import org.credence.sharing.entity.Delivery;
import org.credence.sharing.entity.WebhookSubscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Webhook subscriptions of agencies' clients, approved by a SYSTEM_ADMIN, and their deliveries:
 * queued from the change log, sent signed, retried with backoff, dead-lettered and replayed.
 */
@Stateless
@DeclareRoles({Role.Names.AGENCY_CLIENT, Role.Names.SYSTEM_ADMIN})
public class Subscriptions {

    public static final int MAX_PAGE = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "credence.webhooks.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "credence.webhooks.backoff-seconds", defaultValue = "30")
    int backoffSeconds;

    @Inject
    @ConfigProperty(name = "credence.webhooks.backoff-cap-seconds", defaultValue = "3600")
    int backoffCapSeconds;

    @Inject
    @ConfigProperty(name = "credence.webhooks.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    Clock clock = Clock.systemUTC();

    public record SubscriptionRequest(
            String url,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = ChangeKind.class,
                    description =
                            "The kinds of change to send: any but" + " BUSINESS_REGISTERED, which no agency is sent")
            List<String> events,

            String clientId) {}

    /** A subscription as callers see it; {@code secret} only in the answer to its creation. */
    public record SubscriptionView(
            long id,
            String clientId,
            String agency,
            String url,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = ChangeKind.class,
                    description = "The kinds of change sent")
            List<String> events,

            @Schema(enumeration = {"PENDING", "APPROVED", "SUSPENDED"})
            String status,

            LocalDateTime createdAt,
            String createdBy,
            LocalDateTime decidedAt,
            String decidedBy,
            String secret) {

        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(
                    s.id(),
                    s.client().clientId(),
                    s.client().agency().code(),
                    s.url(),
                    s.eventTypes().stream().sorted().toList(),
                    s.status(),
                    s.createdAt(),
                    s.createdBy(),
                    s.decidedAt(),
                    s.decidedBy(),
                    secret);
        }
    }

    /** The kinds of change a subscription may name: every kind some agreement part opens. */
    public static List<String> subscribable() {
        List<String> kinds = new ArrayList<>();
        for (ChangeKind k : ChangeKind.values()) {
            if (ChangeVisibility.partOf(k.name()) != null || ChangeVisibility.isMeasure(k.name())) {
                kinds.add(k.name());
            }
        }
        return kinds;
    }

    public SubscriptionView create(SubscriptionRequest request) {
        String caller = session.getCallerPrincipal().getName();
        boolean client = session.isCallerInRole(Role.Names.AGENCY_CLIENT);
        if (!client && !session.isCallerInRole(Role.Names.SYSTEM_ADMIN)) {
            throw new NotPermittedException(Message.of("only-a-client-or-a-system-administrator-subscribes"));
        }
        List<FieldError> errors = new ArrayList<>();
        Message urlProblem = Webhooks.urlProblem(request == null ? null : request.url());
        if (urlProblem != null) {
            errors.add(new FieldError("url", urlProblem));
        }
        Set<String> events = new LinkedHashSet<>();
        if (request == null || request.events() == null || request.events().isEmpty()) {
            errors.add(new FieldError("events", Message.of("is-required-one-or-more-of", subscribable())));
        } else {
            for (int i = 0; i < request.events().size(); i++) {
                String kind = request.events().get(i);
                if (kind == null || !subscribable().contains(kind)) {
                    errors.add(new FieldError("events[" + i + "]", Message.of("is-not-one-of", subscribable())));
                } else {
                    events.add(kind);
                }
            }
        }
        String clientId = client ? caller : request == null ? null : request.clientId();
        if (!client && (clientId == null || clientId.isBlank())) {
            errors.add(new FieldError("clientId", Message.of("is-required-the-api-client-the")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        ApiClient owner = em.createNamedQuery(ApiClient.BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new InvalidRequestException("clientId", Message.of("is-not-an-api-client", clientId)));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        em.createNamedQuery(WebhookSubscription.INSERT)
                .setParameter(1, owner.id())
                .setParameter(2, request.url().strip())
                .setParameter(3, events.stream().sorted().collect(Collectors.joining(",")))
                .setParameter(4, secret)
                .setParameter(5, now())
                .setParameter(6, caller)
                .executeUpdate();
        WebhookSubscription created = em.createNamedQuery(WebhookSubscription.BY_SECRET, WebhookSubscription.class)
                .setParameter("client", owner)
                .setParameter("secret", secret)
                .getSingleResult();
        WriteLog.record(caller, "webhook.subscribe", "subscription " + created.id());
        return SubscriptionView.of(created, secret);
    }

    public List<SubscriptionView> all() {
        var query = session.isCallerInRole(Role.Names.AGENCY_CLIENT)
                ? em.createNamedQuery(WebhookSubscription.OF_CLIENT, WebhookSubscription.class)
                        .setParameter("clientId", session.getCallerPrincipal().getName())
                : em.createNamedQuery(WebhookSubscription.ALL, WebhookSubscription.class);
        return query.getResultStream().map(s -> SubscriptionView.of(s, null)).toList();
    }

    public SubscriptionView find(long id) {
        return SubscriptionView.of(visible(id), null);
    }

    /** APPROVED (deliveries start with the next change) or SUSPENDED (queued deliveries wait). */
    public SubscriptionView decide(long id, String status) {
        requireSystemAdmin();
        if (!"APPROVED".equals(status) && !"SUSPENDED".equals(status)) {
            throw new InvalidRequestException("status", Message.of("must-be-approved-or-suspended"));
        }
        String caller = session.getCallerPrincipal().getName();
        WebhookSubscription s = visible(id);
        s.decide(
                status,
                now(),
                caller,
                () -> ((Number) em.createNamedQuery(WebhookSubscription.LAST_CHANGE)
                                .getSingleResult())
                        .longValue());
        WriteLog.record(
                caller, "APPROVED".equals(status) ? "webhook.approve" : "webhook.suspend", "subscription " + id);
        return SubscriptionView.of(s, null);
    }

    public List<Delivery> deliveries(long subscriptionId, String status, int limit) {
        if (status != null && !List.of("PENDING", "DELIVERED", "DEAD").contains(status)) {
            throw new InvalidRequestException("status", Message.of("must-be-pending-delivered-or-dead"));
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_PAGE));
        }
        visible(subscriptionId);
        return database.call(c -> Webhooks.deliveries(c, subscriptionId, status, limit));
    }

    /** Sends a dead letter again: it goes back to the queue with a fresh count of attempts. */
    public Delivery replay(long deliveryId) {
        requireSystemAdmin();
        String caller = session.getCallerPrincipal().getName();
        return database.call(c -> {
            Delivery d = Webhooks.delivery(c, deliveryId);
            if (d == null) {
                throw new NotFoundException("delivery-not-found", Message.of("there-is-no-delivery", deliveryId));
            }
            if (!Webhooks.replay(c, deliveryId, now())) {
                throw new ConflictException(
                        "not-dead",
                        Message.of(
                                "delivery-is-only-a-dead-letter",
                                deliveryId,
                                new Message.Value("DeliveryStatus", d.status())));
            }
            WriteLog.record(caller, "webhook.replay", "delivery " + deliveryId);
            return Webhooks.delivery(c, deliveryId);
        });
    }

    private void requireSystemAdmin() {
        if (!session.isCallerInRole(Role.Names.SYSTEM_ADMIN)) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-approves-suspends"));
        }
    }

    // --- the job's steps

    /** Copies the next window of the change log into deliveries; 0 at the head of the log. */
    public int enqueue() {
        return database.call(c -> Webhooks.enqueue(c, ChinaTime.today(clock), now()));
    }

    public List<Due> due(int limit) {
        return database.call(c -> Webhooks.due(c, now(), limit));
    }

    /**
     * Sends one delivery (outside any transaction: the job calls it) and records the outcome: 2xx
     * delivers it, anything else is a failed attempt.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(Due d) {
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(d.url()))
                            .timeout(Duration.ofSeconds(timeoutSeconds))
                            .header("Content-Type", "application/json")
                            .header("Credence-Signature", Webhooks.signature(d.secret(), d.payload()))
                            .header("Idempotency-Key", d.idempotencyKey())
                            .header("Credence-Event", d.kind())
                            .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "the receiver answered " + status;
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Integer answered = status;
        String failure = error;
        database.run(c -> {
            if (failure == null) {
                Webhooks.delivered(c, d.id(), answered, now());
            } else {
                Webhooks.failed(
                        c,
                        d,
                        answered,
                        failure,
                        now(),
                        maxAttempts,
                        Duration.ofSeconds(backoffSeconds),
                        Duration.ofSeconds(backoffCapSeconds));
            }
        });
    }

    private WebhookSubscription visible(long id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s == null) {
            throw new NotFoundException("subscription-not-found", Message.of("there-is-no-subscription", id));
        }
        if (session.isCallerInRole(Role.Names.AGENCY_CLIENT)
                && !s.client().clientId().equals(session.getCallerPrincipal().getName())) {
            throw new NotPermittedException(Message.of("subscription-belongs-to-another-client", id));
        }
        return s;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
