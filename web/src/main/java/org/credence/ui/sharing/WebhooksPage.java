package org.credence.ui.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.credence.platform.CredenceException;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.sharing.boundary.Subscriptions.SubscriptionView;
import org.credence.sharing.control.Webhooks.Delivery;
import org.credence.ui.Language;
import org.credence.ui.PageMessages;

/**
 * Agencies' webhook subscriptions for a system administrator: approval and suspension, and a
 * subscription's deliveries by status, dead letters first, each replayable.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DELIVERIES_SHOWN = 200;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Language language;

    private transient List<SubscriptionView> list;
    private Long selected;
    private String status = "DEAD";
    private transient List<Delivery> deliveries;

    public List<SubscriptionView> getSubscriptions() {
        if (list == null) {
            list = subscriptions.all();
        }
        return list;
    }

    public void decide(SubscriptionView s, String decision) {
        try {
            subscriptions.decide(s.id(), decision);
            list = null;
            PageMessages.info(language.text("webhooks.decided", s.id(), language.text("subscription.status." + decision)));
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
            deliveries = subscriptions.deliveries(selected, status == null || status.isBlank() ? null : status, DELIVERIES_SHOWN);
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
