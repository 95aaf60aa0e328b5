package org.credence.inspection.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.business.entity.Business;
import org.credence.inspection.entity.Conflict;
import org.credence.inspection.entity.InspectionItem;
import org.credence.inspection.entity.Inspector;
import org.credence.inspection.entity.InspectorConflict;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.InspectorQualification;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Qualification;
import org.credence.inspection.entity.Scope;

/**
 * The item list, the inspectors and their conflicts of interest as entities, in the caller's persistence context:
 * their named queries, their inserts (native, since their ids are identity columns: see {@code Inspector}) and how
 * people and systems read them ({@link Item}, {@link InspectorEntry}, {@link Conflict}). The rules and rights stay
 * with the boundary.
 */
public final class DirectoryEntries {

    private final EntityManager em;

    public DirectoryEntries(EntityManager em) {
        this.em = em;
    }

    // --- items ---

    /** The item list, or an agency's part of it, in the order of the codes. */
    public List<InspectionItem> items(String agency) {
        return agency == null
                ? em.createNamedQuery(InspectionItem.ALL, InspectionItem.class).getResultList()
                : em.createNamedQuery(InspectionItem.OF_AGENCY, InspectionItem.class)
                        .setParameter("agency", agency)
                        .getResultList();
    }

    /** The item with this code, or null. */
    public InspectionItem item(String code) {
        return first(em.createNamedQuery(InspectionItem.BY_CODE, InspectionItem.class)
                .setParameter("code", code));
    }

    /** Stores a checked item and returns it as stored. */
    public InspectionItem insert(Item item, String by, LocalDateTime now) {
        Scope scope = item.scope();
        em.createNamedQuery(InspectionItem.INSERT)
                .setParameter(1, item.code())
                .setParameter(2, item.name())
                .setParameter(3, item.legalBasis())
                .setParameter(4, item.agencyId())
                .setParameter(5, item.kind())
                .setParameter(6, item.method())
                .setParameter(7, Scope.join(scope.entityTypes()))
                .setParameter(8, Scope.join(scope.industries()))
                .setParameter(9, Scope.join(scope.platforms()))
                .setParameter(10, Scope.join(scope.regionPrefixes()))
                .setParameter(11, item.maxRatioBp())
                .setParameter(12, item.annualCap())
                .setParameter(13, now)
                .setParameter(14, by)
                .executeUpdate();
        return item(item.code());
    }

    /** Changes a stored item to the checked one (its code, agency and creation stay), written at once. */
    public void change(InspectionItem stored, Item item) {
        Scope scope = item.scope();
        stored.change(
                item.name(),
                item.legalBasis(),
                item.kind(),
                item.method(),
                Scope.join(scope.entityTypes()),
                Scope.join(scope.industries()),
                Scope.join(scope.platforms()),
                Scope.join(scope.regionPrefixes()),
                item.maxRatioBp(),
                item.annualCap());
        em.flush();
    }

    /** The item as plans, draws and people read it. */
    public static Item view(InspectionItem i) {
        return new Item(
                i.id(),
                i.code(),
                i.name(),
                i.legalBasis(),
                i.agency().id(),
                i.agency().code(),
                i.kind(),
                i.method(),
                new Scope(
                        Scope.split(i.entityTypes()),
                        Scope.split(i.industries()),
                        Scope.split(i.platforms()),
                        Scope.split(i.regionPrefixes())),
                i.maxRatioBp(),
                i.annualCap(),
                i.version());
    }

    // --- inspectors ---

    /** The inspectors, or an agency's, in the order of their codes. */
    public List<Inspector> inspectors(String agency) {
        return agency == null
                ? em.createNamedQuery(Inspector.ALL, Inspector.class).getResultList()
                : em.createNamedQuery(Inspector.OF_AGENCY, Inspector.class)
                        .setParameter("agency", agency)
                        .getResultList();
    }

    /** The inspector with this code, or null. */
    public Inspector inspector(String code) {
        return first(em.createNamedQuery(Inspector.BY_CODE, Inspector.class).setParameter("code", code));
    }

    /** The inspector linked to this login, or null. */
    public Inspector inspectorOfUser(String username) {
        return first(em.createNamedQuery(Inspector.BY_USERNAME, Inspector.class).setParameter("username", username));
    }

    /** Stores a checked inspector with their qualifications and returns them as stored. */
    public Inspector insert(InspectorEntry entry, ItemCodes items, String by, LocalDateTime now) {
        em.createNamedQuery(Inspector.INSERT)
                .setParameter(1, entry.code())
                .setParameter(2, entry.name())
                .setParameter(3, entry.agencyId())
                .setParameter(4, String.join(",", entry.jurisdiction()))
                .setParameter(5, entry.certificateNumber())
                .setParameter(6, entry.certificateExpiry())
                .setParameter(7, entry.status())
                .setParameter(8, entry.maxAssignments())
                .setParameter(9, entry.username())
                .setParameter(10, now)
                .setParameter(11, by)
                .executeUpdate();
        Inspector created = inspector(entry.code());
        created.qualify(qualifications(entry.qualifications(), items));
        em.flush();
        return created;
    }

    /** Changes a stored inspector to the checked entry (the code, agency and creation stay). */
    public void change(Inspector stored, InspectorEntry entry, ItemCodes items) {
        stored.change(
                entry.name(),
                entry.jurisdiction(),
                entry.certificateNumber(),
                entry.certificateExpiry(),
                entry.status(),
                entry.maxAssignments(),
                entry.username());
        stored.qualify(qualifications(entry.qualifications(), items));
        em.flush();
    }

    /** The item list's row ids by code and codes by row id, from one read. */
    public record ItemCodes(Map<String, Long> ids, Map<Long, String> codes) {}

    /** The item list's codes and row ids (a province keeps some hundred items): one read for a request. */
    public ItemCodes itemCodes() {
        Map<String, Long> ids = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (InspectionItem item : items(null)) {
            ids.put(item.code(), item.id());
            codes.put(item.id(), item.code());
        }
        return new ItemCodes(ids, codes);
    }

    /** Checked qualifications by their items' row ids; every item is on the list. */
    private static List<InspectorQualification> qualifications(List<Qualification> checked, ItemCodes items) {
        List<InspectorQualification> kept = new ArrayList<>();
        for (Qualification q : checked) {
            kept.add(new InspectorQualification(items.ids().get(q.item()), q.validFrom(), q.validUntil()));
        }
        return kept;
    }

    /** The inspector as people and systems read them, with the qualifications in the order of their items' codes. */
    public static InspectorEntry view(Inspector i, ItemCodes items) {
        List<Qualification> qualifications = i.qualifications().stream()
                .map(q -> new Qualification(items.codes().get(q.itemId()), q.validFrom(), q.validUntil()))
                .sorted(Comparator.comparing(Qualification::item))
                .toList();
        return new InspectorEntry(
                i.id(),
                i.code(),
                i.name(),
                i.agency().id(),
                i.agency().code(),
                i.jurisdiction(),
                i.certificateNumber(),
                i.certificateExpiry(),
                i.status(),
                i.maxAssignments(),
                i.username(),
                qualifications,
                i.version());
    }

    // --- conflicts of interest ---

    /** The inspector's declared conflicts, oldest first. */
    public List<InspectorConflict> conflicts(Inspector inspector) {
        return em.createNamedQuery(InspectorConflict.OF_INSPECTOR, InspectorConflict.class)
                .setParameter("inspector", inspector)
                .getResultList();
    }

    /** The inspector's declared conflict with the business, or null. */
    public InspectorConflict conflict(Inspector inspector, Business business) {
        return first(em.createNamedQuery(InspectorConflict.OF_PAIR, InspectorConflict.class)
                .setParameter("inspector", inspector)
                .setParameter("business", business));
    }

    /** Stores a declared conflict and returns it as stored. */
    public InspectorConflict declare(
            Inspector inspector, Business business, String reason, String by, LocalDateTime now) {
        em.createNamedQuery(InspectorConflict.INSERT)
                .setParameter(1, inspector.id())
                .setParameter(2, business.id())
                .setParameter(3, reason)
                .setParameter(4, now)
                .setParameter(5, by)
                .executeUpdate();
        return conflict(inspector, business);
    }

    /** The conflict as people and systems read it. */
    public static Conflict view(InspectorConflict k) {
        return new Conflict(
                k.id(), k.inspector().code(), k.business().uscc().value(), k.reason(), k.declaredAt(), k.declaredBy());
    }

    /** The first row of a query, or null. */
    private static <T> T first(TypedQuery<T> query) {
        return query.getResultStream().findFirst().orElse(null);
    }
}
