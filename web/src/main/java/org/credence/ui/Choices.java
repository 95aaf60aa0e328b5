package org.credence.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credence.agency.entity.Agency;
import org.credence.business.entity.EntityType;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.RecordCategory;

/** What forms offer to choose from: agencies, entity types, record categories (read once per request). */
@Named
@RequestScoped
public class Choices {

    @Inject
    RecordCatalogue catalogue;

    private List<Agency> agencies;

    public List<Agency> getAgencies() {
        if (agencies == null) {
            agencies = new ArrayList<>(catalogue.agencies().values());
        }
        return agencies;
    }

    public List<String> getEntityTypes() {
        return Arrays.stream(EntityType.values()).map(Enum::name).toList();
    }

    public List<RecordCategory> getCategories() {
        return catalogue.categories();
    }
}
