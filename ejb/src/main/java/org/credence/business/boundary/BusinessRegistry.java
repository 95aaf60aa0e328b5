package org.credence.business.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.credence.audit.control.WriteLog;
import org.credence.business.control.UnknownBusiness;
import org.credence.business.entity.Business;
import org.credence.business.entity.BusinessStatus;
import org.credence.business.entity.OnlineShop;
import org.credence.business.entity.Uscc;
import org.credence.changes.boundary.ChangeLog;
import org.credence.changes.control.Change;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.Page;
import org.credence.platform.PagedQuery;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;

/**
 * The inspection object directory: registers, describes and finds online businesses.
 * An agency administrator changes only businesses registered by their own agency.
 */
@Stateless
public class BusinessRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /** The agency a system administrator's registrations are credited to in the change log (market regulation). */
    static final long REGISTRY_AGENCY = 1;

    @Inject
    ChangeLog changeLog;

    public Business register(
            @NotNull(message = "a business description is required") @Valid BusinessDescription description) {
        CallerIdentity caller = callers.current();
        if (!caller.systemAdmin() && (caller.agency() == null || !caller.agencyAdmin())) {
            throw new NotPermittedException(Message.of("only-admins-register-businesses"));
        }
        Uscc uscc = registrableCode(description, caller);
        if (findByUscc(uscc.value()).isPresent()) {
            throw duplicate(uscc);
        }
        List<OnlineShop> shops = shopsOf(description, null);
        LocalDateTime now = LocalDateTime.now(clock);
        Business business = new Business(
                uscc,
                description.claimsKnownException()
                        ? description.usccExceptionReason().strip()
                        : null,
                caller.agency(),
                caller.name(),
                now);
        business.describe(
                description.name().strip(),
                description.entityType(),
                description.regionCode(),
                description.industryCode(),
                statusOf(description),
                shops);
        em.persist(business);
        flushOrConflict(
                () -> new ConflictException("duplicate-business", Message.of("business-or-one-of-its-shops", uscc)));
        // the change log names the new business, so that it is scored within a minute
        changeLog.append(new Change(
                business.id(),
                uscc.value(),
                ChangeKind.BUSINESS_REGISTERED,
                business.id(),
                caller.agency() == null ? REGISTRY_AGENCY : caller.agency().id(),
                now));
        WriteLog.record(
                caller.name(),
                "business.register",
                uscc.value() + (business.isUsccException() ? " (known check-character exception)" : ""));
        return business;
    }

    public Business replace(
            @NotNull(message = "a USCC is required") Uscc code,
            @NotNull(message = "a business description is required") @Valid BusinessDescription description) {
        CallerIdentity caller = callers.current();
        Business business = find(code);
        if (description.uscc() != null
                && !description.uscc().equals(business.uscc().value())) {
            throw new InvalidRequestException("uscc", Message.of("must-be-left-out-or-equal", business.uscc()));
        }
        if (description.usccKnownException() != null || description.usccExceptionReason() != null) {
            throw new InvalidRequestException("usccKnownException", Message.of("can-only-be-set-when-the"));
        }
        if (!caller.mayChangeDataOf(business.registeredBy())) {
            throw new NotPermittedException(Message.of("business-was-registered-by-another-agency", business.uscc()));
        }
        business.describe(
                description.name().strip(),
                description.entityType(),
                description.regionCode(),
                description.industryCode(),
                statusOf(description),
                shopsOf(description, business.uscc()));
        business.touch(caller.name(), LocalDateTime.now(clock));
        flushOrConflict(() ->
                new ConflictException("concurrent-change", Message.of("business-was-changed-by-someone-else", code)));
        WriteLog.record(caller.name(), "business.replace", code.value());
        return business;
    }

    /**
     * The business with this code. A stored code is found even when it is a known check-character
     * exception; any other code must be valid before it can be reported as unknown.
     */
    public Business find(@NotNull(message = "a USCC is required") Uscc code) {
        return findByUscc(code.value()).orElseThrow(() -> UnknownBusiness.of(code));
    }

    /**
     * A page of the businesses that match, in USCC order, with the number of all that match. The page's
     * codes are chosen first and its businesses read after: on PostgreSQL the codes come from an index
     * that holds each business's region and name beside its code (V27), so finding twenty businesses of
     * a region whose codes lie late in USCC order reads index entries instead of a business row for
     * every code passed over (a region of 140,000 businesses among 1,000,000 took 1.4 s, now 70 ms).
     */
    public Page<Business> search(@NotNull @Valid BusinessQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        Page<String> codes = PagedQuery.run(
                em,
                String.class,
                "select b.uscc from Business b" + where + " order by b.uscc",
                "select count(b) from Business b" + where,
                parameters,
                query.page(),
                query.size());
        List<Business> businesses = codes.items().isEmpty()
                ? List.of()
                : em.createQuery("select b from Business b where b.uscc in :codes order by b.uscc", Business.class)
                        .setParameter("codes", codes.items())
                        .getResultList();
        return new Page<>(businesses, codes.page(), codes.size(), codes.total());
    }

    /**
     * The same search as {@link #search} (its page and size aside), as summaries of up to {@code limit}
     * businesses after the USCC {@code after} (null: from the start) in USCC order: an export walks the
     * whole result this way, a chunk per call, without counting or skipping rows.
     */
    public List<BusinessSummary> summaries(@NotNull @Valid BusinessQuery query, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(where(query, parameters));
        if (after != null) {
            where.append(" and b.uscc > :after");
            parameters.put("after", after);
        }
        var select = em.createQuery(
                "select new org.credence.business.boundary.BusinessSummary(b.uscc, b.name, b.regionCode,"
                        + " b.status) from Business b" + where + " order by b.uscc",
                BusinessSummary.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultList();
    }

    /** The names of the businesses with these ids (those that exist). */
    public Map<Long, String> namesById(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("select b.id, b.name from Business b where b.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(ids)))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static String where(BusinessQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" and lower(b.name) like :name escape '\\'");
            parameters.put("name", "%" + likeEscaped(query.q().strip().toLowerCase()) + "%");
        }
        if (query.region() != null && !query.region().isBlank()) {
            where.append(" and b.regionCode like :region");
            parameters.put("region", query.region() + "%");
        }
        if (query.platform() != null && !query.platform().isBlank()) {
            where.append(
                    " and exists (select o.id from Business o join o.shops s where o.id = b.id and s.platform = :platform)");
            parameters.put("platform", query.platform());
        }
        return where.toString();
    }

    private Uscc registrableCode(BusinessDescription description, CallerIdentity caller) {
        if (!description.claimsKnownException()) {
            return Uscc.parse(description.uscc());
        }
        if (!caller.systemAdmin()) {
            throw new NotPermittedException(Message.of("only-a-system-administrator-may-register"));
        }
        Uscc uscc = Uscc.ofKnownException(description.uscc());
        if (uscc.hasValidCheckCharacter()) {
            throw new InvalidRequestException("usccKnownException", Message.of("must-not-be-set-passes-the", uscc));
        }
        if (description.usccExceptionReason() == null
                || description.usccExceptionReason().isBlank()) {
            throw new InvalidRequestException("usccExceptionReason", Message.of("is-required-when-a-uscc-is"));
        }
        return uscc;
    }

    /** The shops of a description, refused when one is listed twice or already belongs to another business. */
    private List<OnlineShop> shopsOf(BusinessDescription description, Uscc owner) {
        if (description.shops() == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<OnlineShop> shops = new ArrayList<>();
        for (int i = 0; i < description.shops().size(); i++) {
            ShopListing listing = description.shops().get(i);
            String field = "shops[" + i + "].shopId";
            if (!seen.add(listing.platform() + "\u0000" + listing.shopId())) {
                errors.add(
                        new FieldError(field, Message.of("lists-shop-on-twice", listing.shopId(), listing.platform())));
                continue;
            }
            List<Object[]> owners = em.createNamedQuery(Business.FIND_SHOP_OWNERS, Object[].class)
                    .setParameter("platform", listing.platform())
                    .setParameter("shopId", listing.shopId())
                    .getResultList();
            for (Object[] row : owners) {
                if (owner == null || !owner.value().equals(row[0])) {
                    throw new ConflictException(
                            "duplicate-shop",
                            Message.of(
                                    "shop-on-already-belongs-to-business",
                                    listing.shopId(),
                                    listing.platform(),
                                    row[0]));
                }
            }
            shops.add(new OnlineShop(listing.platform(), listing.shopId(), listing.shopUrl()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return shops;
    }

    private Optional<Business> findByUscc(String code) {
        return em.createNamedQuery(Business.FIND_BY_USCC, Business.class)
                .setParameter("uscc", code)
                .getResultStream()
                .findFirst();
    }

    /** Flushes now so that a unique-key or version race becomes a clear conflict instead of a failed commit. */
    private void flushOrConflict(Supplier<ConflictException> conflict) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict.get();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /** SQLSTATE class 23: integrity constraint violation, the same on H2 and PostgreSQL. */
    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException duplicate(Uscc uscc) {
        return new ConflictException("duplicate-business", Message.of("a-business-with-uscc-is-already", uscc));
    }

    private static BusinessStatus statusOf(BusinessDescription description) {
        return description.status() == null ? BusinessStatus.OPERATING : description.status();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
