package org.credence.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/** Runs a JPQL selection and its count with the same parameters, one page at a time. */
public final class PagedQuery {

    private PagedQuery() {}

    public static <T> Page<T> run(
            EntityManager em,
            Class<T> type,
            String select,
            String count,
            Map<String, Object> parameters,
            int page,
            int size) {
        TypedQuery<T> items = em.createQuery(select, type);
        TypedQuery<Long> total = em.createQuery(count, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        return new Page<>(
                items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                page,
                size,
                total.getSingleResult());
    }
}
