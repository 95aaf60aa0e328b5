package org.credence.ui.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.entity.ModelView;
import org.credence.platform.CredenceException;
import org.credence.sharing.boundary.ApiClients;
import org.credence.sharing.boundary.ApiClients.ClientView;
import org.credence.sharing.entity.Agreement;
import org.credence.ui.PageMessages;
import org.credence.web.Language;

/**
 * Agencies' systems (API clients) for a system administrator: registration (the secret shown once),
 * the data-sharing agreement of each (what it reads, of which models, until when), disabling and
 * enabling, and a new secret.
 */
@Named
@ViewScoped
public class ClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClients clients;

    @Inject
    CreditModels models;

    @Inject
    Language language;

    private transient List<ClientView> list;
    private String name;
    private String agency;
    private String secretShown;
    private String secretOf;
    private String editing;
    private String reference;
    private List<String> reads = new ArrayList<>();
    private List<Long> modelIds = new ArrayList<>();
    private LocalDate validUntil;

    public List<ClientView> getClients() {
        if (list == null) {
            list = clients.all();
        }
        return list;
    }

    public void register() {
        try {
            ClientView client = clients.register(new ApiClients.ClientRequest(name, agency));
            secretOf = client.clientId();
            secretShown = client.secret();
            name = null;
            agency = null;
            list = null;
            PageMessages.info(language.text("clients.registered", client.clientId()));
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language, e, field -> field.equals("name") || field.equals("agency") ? "register:" + field : null);
        }
    }

    /** Opens a client's agreement in the form. */
    public void edit(ClientView client) {
        editing = client.clientId();
        var a = client.agreement();
        reference = a == null ? null : a.reference();
        reads = a == null ? new ArrayList<>() : new ArrayList<>(a.reads());
        modelIds = a == null ? new ArrayList<>() : new ArrayList<>(a.models());
        validUntil = a == null ? null : a.validUntil();
    }

    public void saveAgreement() {
        try {
            clients.setAgreement(
                    editing,
                    new ApiClients.AgreementRequest(reference, List.copyOf(reads), List.copyOf(modelIds), validUntil));
            PageMessages.info(language.text("clients.agreementSaved", editing));
            editing = null;
            list = null;
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language,
                    e,
                    field -> field.equals("reference") || field.equals("reads") || field.equals("models")
                            ? "agreement:" + field
                            : null);
        }
    }

    public void setActive(ClientView client, boolean active) {
        try {
            clients.setStatus(client.clientId(), active);
            list = null;
            PageMessages.info(language.text(active ? "clients.enabled" : "clients.disabled", client.clientId()));
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public void renewSecret(ClientView client) {
        try {
            ClientView renewed = clients.newSecret(client.clientId());
            secretOf = renewed.clientId();
            secretShown = renewed.secret();
        } catch (CredenceException e) {
            PageMessages.refusal(language, e);
        }
    }

    public List<String> getParts() {
        return java.util.Arrays.stream(Agreement.Part.values()).map(Enum::name).toList();
    }

    public List<ModelView> getModels() {
        return models.list(null, null).stream().filter(m -> !m.draft()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    /** The secret just issued, shown once on this page and never again. */
    public String getSecretShown() {
        return secretShown;
    }

    public String getSecretOf() {
        return secretOf;
    }

    public String getEditing() {
        return editing;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public List<String> getReads() {
        return reads;
    }

    public void setReads(List<String> reads) {
        this.reads = reads == null ? new ArrayList<>() : new ArrayList<>(reads);
    }

    public List<Long> getModelIds() {
        return modelIds;
    }

    public void setModelIds(List<Long> modelIds) {
        this.modelIds = modelIds == null ? new ArrayList<>() : new ArrayList<>(modelIds);
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
