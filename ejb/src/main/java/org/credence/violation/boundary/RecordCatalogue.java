package org.credence.violation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.agency.entity.Agency;
import org.credence.violation.control.RecordValidator.CategoryRule;
import org.credence.violation.entity.RecordCategory;

/** The catalogue of record categories and positive record types, kept as data. */
@Stateless
public class RecordCatalogue {

    @PersistenceContext
    EntityManager em;

    public List<RecordCategory> categories() {
        return em.createNamedQuery(RecordCategory.FIND_ALL, RecordCategory.class).getResultList();
    }

    public Map<String, CategoryRule> rules() {
        return categories().stream().collect(Collectors.toMap(RecordCategory::code,
                c -> new CategoryRule(c.id(), c.code(), c.polarity(), c.isSpecialSector(), c.reporterCodes())));
    }

    public Map<String, Long> agencyIds() {
        return agencies().values().stream().collect(Collectors.toMap(Agency::code, Agency::id));
    }

    public Map<String, Agency> agencies() {
        return em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
    }
}
