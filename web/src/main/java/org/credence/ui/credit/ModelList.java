package org.credence.ui.credit;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.credence.credit.boundary.CreditModels;
import org.credence.credit.boundary.ModelCreation;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.CredenceException;
import org.credence.ui.PageMessages;
import org.credence.ui.Viewer;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;
import org.credence.web.Language;

/**
 * The evaluation models, newest first, and a new model for the caller's agency (a system
 * administrator names the agency): either a copy of an existing model's index, or a starter index of
 * one indicator for every violation category and one for every positive category, to be split in
 * the tree editor.
 */
@Named
@ViewScoped
public class ModelList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The "start from" choice of the starter index. */
    public static final long STARTER = 0;

    @Inject
    CreditModels models;

    @Inject
    RecordCatalogue catalogue;

    @Inject
    Viewer viewer;

    @Inject
    Language language;

    private transient List<ModelView> list;
    private String name;
    private String agency;
    private Long startFrom = STARTER;

    public List<ModelView> getModels() {
        if (list == null) {
            list = models.list(null, null);
        }
        return list;
    }

    public void create() {
        String owner = viewer.actingAgency(agency);
        ModelDefinition base = startFrom == null || startFrom == STARTER
                ? starter()
                : models.find(startFrom).definition();
        ModelDefinition definition = new ModelDefinition(
                owner,
                name,
                base.severityPoints(),
                base.positivePoints(),
                base.positivePointsByCategory(),
                base.thresholds(),
                base.vetoes(),
                base.indicators());
        try {
            ModelView created = models.create(new ModelCreation(null, definition));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageMessages.info(language.text("models.created", created.name()));
            external.redirect(external.getRequestContextPath() + "/app/model.xhtml?id=" + created.id());
        } catch (CredenceException e) {
            PageMessages.refusal(
                    language,
                    e,
                    field -> field.equals("name")
                            ? "create:name"
                            : field.equals("definition.agency") ? "create:agency" : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One NEGATIVE indicator fed by every violation category, one POSITIVE fed by every positive one. */
    private ModelDefinition starter() {
        List<String> negative = new ArrayList<>();
        List<String> positive = new ArrayList<>();
        for (RecordCategory c : catalogue.categories()) {
            (c.polarity() == Polarity.NEGATIVE ? negative : positive).add(c.code());
        }
        List<ModelDefinition.IndicatorDefinition> indicators = new ArrayList<>();
        indicators.add(new ModelDefinition.IndicatorDefinition(
                "VIOLATIONS",
                language.text("models.starterViolations"),
                "GENERAL",
                language.text("models.starterGeneral"),
                "NEGATIVE",
                negative,
                null,
                null,
                null,
                null));
        if (!positive.isEmpty()) {
            indicators.add(new ModelDefinition.IndicatorDefinition(
                    "POSITIVE_RECORDS",
                    language.text("models.starterPositive"),
                    "POSITIVE",
                    language.text("models.starterPositive"),
                    "POSITIVE",
                    positive,
                    null,
                    null,
                    null,
                    null));
        }
        return new ModelDefinition(null, null, null, null, null, null, null, indicators);
    }

    public long getStarter() {
        return STARTER;
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

    public Long getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(Long startFrom) {
        this.startFrom = startFrom;
    }
}
