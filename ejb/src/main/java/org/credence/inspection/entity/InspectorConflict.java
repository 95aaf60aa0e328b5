package org.credence.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.credence.business.entity.Business;

/**
 * A declared conflict of interest (回避): the inspector never inspects this business. Never changed once declared.
 * Inserted with {@link #INSERT} and read back by the pair, since the id is an identity column (see {@link
 * Inspector}).
 */
@Entity
@Table(name = "inspector_conflict")
@NamedQuery(
        name = InspectorConflict.OF_INSPECTOR,
        query = "select k from InspectorConflict k where k.inspector = :inspector order by k.id")
@NamedQuery(
        name = InspectorConflict.OF_PAIR,
        query = "select k from InspectorConflict k where k.inspector = :inspector and k.business = :business")
@NamedNativeQuery(
        name = InspectorConflict.INSERT,
        query = "insert into inspector_conflict (inspector_id, business_id, reason, declared_at, declared_by)"
                + " values (?, ?, ?, ?, ?)")
public class InspectorConflict {

    /** Parameter {@code inspector}: the {@link Inspector}. */
    public static final String OF_INSPECTOR = "InspectorConflict.ofInspector";
    /** Parameters {@code inspector} and {@code business}: at most one conflict. */
    public static final String OF_PAIR = "InspectorConflict.ofPair";
    /** Parameters: the inspector's and the business's row ids, the reason, declared at, declared by. */
    public static final String INSERT = "InspectorConflict.insert";

    @Id
    @Column(name = "id", updatable = false)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "inspector_id", updatable = false)
    private Inspector inspector;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "business_id", updatable = false)
    private Business business;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private LocalDateTime declaredAt;

    @Column(name = "declared_by", nullable = false, updatable = false, length = 64)
    private String declaredBy;

    protected InspectorConflict() {}

    public Long id() {
        return id;
    }

    public Inspector inspector() {
        return inspector;
    }

    public Business business() {
        return business;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime declaredAt() {
        return declaredAt;
    }

    public String declaredBy() {
        return declaredBy;
    }
}
