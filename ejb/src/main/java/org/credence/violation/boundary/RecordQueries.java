package org.credence.violation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Business;
import org.credence.business.entity.Uscc;
import org.credence.platform.Page;
import org.credence.platform.PageIndex;
import org.credence.platform.PageSize;
import org.credence.platform.PagedQuery;
import org.credence.violation.entity.CreditRecord;
import org.credence.violation.entity.RecordStatus;

/** Reading records: a business's history, and what was public on a given day. */
@Stateless
public class RecordQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessRegistry registry;

    public Page<CreditRecord> ofBusiness(@NotNull Uscc uscc, @NotNull @Valid RecordQuery query) {
        Business business = registry.find(uscc);
        StringBuilder where = new StringBuilder(" where r.business = :business");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("business", business);
        if (query.agency() != null) {
            where.append(" and r.agency.code = :agency");
            parameters.put("agency", query.agency());
        }
        if (query.category() != null) {
            where.append(" and r.category.code = :category");
            parameters.put("category", query.category());
        }
        if (query.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", query.status());
        }
        return PagedQuery.run(
                em,
                CreditRecord.class,
                "select r from CreditRecord r" + where + " order by r.decisionDate desc, r.id desc",
                "select count(r) from CreditRecord r" + where,
                parameters,
                query.page(),
                query.size());
    }

    /**
     * Records in publicity on {@code day} (of one business if {@code uscc} is given): decided on or
     * before it, public until after it, and not revoked or repaired by then.
     */
    public Page<CreditRecord> inPublicityOn(
            @NotNull LocalDate day, Uscc uscc, @PageIndex int page, @PageSize int size) {
        String where = " where r.decisionDate <= :day and r.publicityEnd > :day"
                + " and (r.status = :active or r.statusDate > :day)";
        Map<String, Object> parameters = new HashMap<>(Map.of("day", day, "active", RecordStatus.ACTIVE));
        if (uscc != null) {
            where += " and r.business = :business";
            parameters.put("business", registry.find(uscc));
        }
        return PagedQuery.run(
                em,
                CreditRecord.class,
                "select r from CreditRecord r" + where + " order by r.decisionDate, r.id",
                "select count(r) from CreditRecord r" + where,
                parameters,
                page,
                size);
    }
}
