package org.credence.business.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.agency.entity.Agency;

/**
 * An online business in the inspection object directory, identified by its USCC.
 * Timestamps are UTC.
 */
@Entity
@Table(name = "business")
@NamedQuery(name = Business.FIND_BY_USCC, query = "select b from Business b where b.uscc = :uscc")
@NamedQuery(
        name = Business.FIND_SHOP_OWNERS,
        query = "select b.uscc, s.platform, s.shopId from Business b join b.shops s"
                + " where s.platform = :platform and s.shopId = :shopId")
public class Business {

    public static final String FIND_BY_USCC = "Business.findByUscc";
    public static final String FIND_SHOP_OWNERS = "Business.findShopOwners";

    @Id
    @SequenceGenerator(name = "business_seq", sequenceName = "business_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_seq")
    private Long id;

    @Column(name = "uscc", nullable = false, unique = true, length = 18, updatable = false)
    private String uscc;

    @Column(name = "uscc_exception", nullable = false, updatable = false)
    private boolean usccException;

    @Column(name = "uscc_exception_reason", length = 500, updatable = false)
    private String usccExceptionReason;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 32)
    private EntityType entityType;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "industry_code", length = 5)
    private String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BusinessStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_by", updatable = false)
    private Agency registeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "online_shop", joinColumns = @JoinColumn(name = "business_id"))
    private List<OnlineShop> shops = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Business() {}

    public Business(Uscc uscc, String usccExceptionReason, Agency registeredBy, String createdBy, LocalDateTime now) {
        this.uscc = uscc.value();
        this.usccException = usccExceptionReason != null;
        this.usccExceptionReason = usccExceptionReason;
        this.registeredBy = registeredBy;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    /** Replaces everything that describes the business; the USCC never changes. */
    public void describe(
            String name,
            EntityType entityType,
            String regionCode,
            String industryCode,
            BusinessStatus status,
            List<OnlineShop> shops) {
        this.name = name;
        this.entityType = entityType;
        this.regionCode = regionCode;
        this.industryCode = industryCode;
        this.status = status;
        this.shops.clear();
        this.shops.addAll(shops);
    }

    public void touch(String by, LocalDateTime now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Uscc uscc() {
        return new Uscc(uscc);
    }

    public boolean isUsccException() {
        return usccException;
    }

    public String usccExceptionReason() {
        return usccExceptionReason;
    }

    public String name() {
        return name;
    }

    public EntityType entityType() {
        return entityType;
    }

    public String regionCode() {
        return regionCode;
    }

    public String industryCode() {
        return industryCode;
    }

    public BusinessStatus status() {
        return status;
    }

    public Agency registeredBy() {
        return registeredBy;
    }

    public List<OnlineShop> shops() {
        return List.copyOf(shops);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
