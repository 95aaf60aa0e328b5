package org.credence.violation.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
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
        return em.createNamedQuery(RecordCategory.FIND_ALL, RecordCategory.class)
                .getResultList();
    }

    public Map<String, CategoryRule> rules() {
        return categories().stream()
                .collect(Collectors.toMap(
                        RecordCategory::code,
                        c -> new CategoryRule(c.id(), c.code(), c.polarity(), c.isSpecialSector(), c.reporterCodes())));
    }

    public Map<String, Long> agencyIds() {
        return agencies().values().stream().collect(Collectors.toMap(Agency::code, Agency::id));
    }

    /**
     * Each agency's ceiling of a small fine (Order 45's 较低数额罚款), by agency code: data with its source
     * (table {@code agency_publicity_rule}); an agency without a row has the default of {@code PublicityPeriod}.
     */
    public Map<String, BigDecimal> smallFineMaxima() {
        Map<String, BigDecimal> maxima = new HashMap<>();
        for (Object row : em.createNativeQuery("select a.code, r.small_fine_max from agency_publicity_rule r"
                        + " join agency a on a.id = r.agency_id")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            maxima.put((String) columns[0], new BigDecimal(columns[1].toString()));
        }
        return maxima;
    }

    public Map<String, Agency> agencies() {
        return em.createNamedQuery(Agency.FIND_ALL, Agency.class)
                .getResultStream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
    }
}
