package org.credence.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.credence.violation.entity.RecordCategory;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An indicator of a {@link CreditModel} (score-v1): its place in the sum ({@code ordinal}, from 1), code and name, the
 * dimension it belongs to (level 1 of the index), polarity, half-life, window, weight (NEGATIVE) or bonus cap
 * (POSITIVE), and the record categories that feed it. A draft's indicators are replaced whole when its definition
 * changes; an ACTIVE or RETIRED model's never change. The id comes from {@code credit_indicator_seq} (steps of 50).
 */
@Entity
@Table(name = "credit_indicator")
public class CreditIndicator {

    @Id
    @SequenceGenerator(name = "credit_indicator_seq", sequenceName = "credit_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_indicator_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", updatable = false)
    private CreditModel model;

    @Column(name = "ordinal", nullable = false, updatable = false)
    private int ordinal;

    @Column(name = "code", nullable = false, updatable = false, length = 48)
    private String code;

    @Column(name = "name", nullable = false, updatable = false, length = 200)
    private String name;

    @Column(name = "dimension_code", nullable = false, updatable = false, length = 48)
    private String dimensionCode;

    @Column(name = "dimension_name", nullable = false, updatable = false, length = 200)
    private String dimensionName;

    @Column(name = "polarity", nullable = false, updatable = false, length = 16)
    private String polarity;

    @Column(name = "half_life_days", nullable = false, updatable = false, precision = 9, scale = 3)
    private BigDecimal halfLifeDays;

    @Column(name = "window_months", updatable = false)
    private Integer windowMonths;

    @Column(name = "weight", updatable = false, precision = 7, scale = 6)
    private BigDecimal weight;

    @Column(name = "bonus_cap", updatable = false, precision = 9, scale = 3)
    private BigDecimal bonusCap;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "credit_indicator_category",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<RecordCategory> categories = new HashSet<>();

    protected CreditIndicator() {}

    public CreditIndicator(
            CreditModel model,
            int ordinal,
            String code,
            String name,
            String dimensionCode,
            String dimensionName,
            String polarity,
            BigDecimal halfLifeDays,
            Integer windowMonths,
            BigDecimal weight,
            BigDecimal bonusCap,
            Set<RecordCategory> categories) {
        this.model = model;
        this.ordinal = ordinal;
        this.code = code;
        this.name = name;
        this.dimensionCode = dimensionCode;
        this.dimensionName = dimensionName;
        this.polarity = polarity;
        this.halfLifeDays = halfLifeDays;
        this.windowMonths = windowMonths;
        this.weight = weight;
        this.bonusCap = bonusCap;
        this.categories = new HashSet<>(categories);
    }

    public Long id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String dimensionCode() {
        return dimensionCode;
    }

    public String dimensionName() {
        return dimensionName;
    }

    public String polarity() {
        return polarity;
    }

    public BigDecimal halfLifeDays() {
        return halfLifeDays;
    }

    public Integer windowMonths() {
        return windowMonths;
    }

    public BigDecimal weight() {
        return weight;
    }

    public BigDecimal bonusCap() {
        return bonusCap;
    }

    public Set<RecordCategory> categories() {
        return categories;
    }
}
