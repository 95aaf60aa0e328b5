package org.credence.ui.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.credence.platform.CredenceException;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ApiClients.ClientView;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.sharing.boundary.Subscriptions.SubscriptionRequest;
import org.credence.sharing.boundary.Subscriptions.SubscriptionView;
import org.credence.sharing.entity.Delivery;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * Agencies' webhook subscriptions for a system administrator: a new subscription for an API client
 * (its signing secret shown once), approval and suspension, and a subscription's deliveries by status,
 * dead letters first, each replayable. Auditors read; the service refuses them every change.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DELIVERIES_SHOWN = 200;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ApiClients clients;

    @Inject
    Language language;

    private transient List<SubscriptionView> list;
    private Long selected;
    private String status = "DEAD";
    private transient List<Delivery> deliveries;
    private transient List<ClientView> clientList;
    private String clientId;
    private String url;
    private List<String> events = new ArrayList<>();
    private String createdSecret;

    public List<SubscriptionView> getSubscriptions() {
        if (list == null) {
            list = subscriptions.all();
        }
        return list;
    }

    /** A new subscription, waiting for approval; its signing secret is shown this once. */
    public void create() {
        try {
            SubscriptionView created =
                    subscriptions.create(new SubscriptionRequest(url, List.copyOf(events), clientId));
            list = null;
            createdSecret = created.secret();
            url = null;
            events = new ArrayList<>();
            PageMessages.info(language.text("webhooks.created", String.valueOf(created.id())));
        } catch (CredenceException e) {
            createdSecret = null;
            PageMessages.refusal(
                    language,
                    e,
                    field -> field.equals("url") || field.equals("clientId")
                            ? "create:" + field
                            : field.startsWith("events") ? "create:events" : null);
        }
    }

    /** The API clients a subscription can be for. */
    public List<ClientView> getClients() {
        if (clientList == null) {
            clientList = clients.all();
        }
        return clientList;
    }

    /** The kinds of change a subscription may name. */
    public List<String> getKinds() {
        return Subscriptions.subscribable();
    }

    /** A subscription's kinds of change in the reader's language. */
    public String events(SubscriptionView s) {
        return s.events().stream()
                .map(k -> language.text("change.kind." + k))
                .collect(Collectors.joining(language.text("webhooks.separator")));
    }

    public void decide(SubscriptionView s, String decision) {
        try {
            subscriptions.decide(s.id(), decision);
            list = null;
            PageMessages.info(
                    language.text("webhooks.decided", s.id(), language.text("subscription.status." + decision)));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public void show(SubscriptionView s) {
        selected = s.id();
        deliveries = null;
    }

    public List<Delivery> getDeliveries() {
        if (selected == null) {
            return List.of();
        }
        if (deliveries == null) {
            deliveries = subscriptions.deliveries(
                    selected, status == null || status.isBlank() ? null : status, DELIVERIES_SHOWN);
        }
        return deliveries;
    }

    /** Sends a dead letter again, with a fresh count of attempts. */
    public void replay(Delivery d) {
        try {
            subscriptions.replay(d.id());
            deliveries = null;
            PageMessages.info(language.text("webhooks.replayed", d.id()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public void filter() {
        deliveries = null;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }

    public String getCreatedSecret() {
        return createdSecret;
    }

    public Long getSelected() {
        return selected;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
