package org.credence.violation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.agency.entity.Agency;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A kind of record, as data: violation categories and positive record types, with the agencies that
 * may report them. {@code specialSector} marks food, drugs and special equipment (longer repair wait).
 */
@Entity
@Table(name = "record_category")
@NamedQuery(
        name = RecordCategory.FIND_ALL,
        query = "select distinct c from RecordCategory c left join fetch c.reporters order by c.code")
public class RecordCategory {

    public static final String FIND_ALL = "RecordCategory.findAll";

    @Id
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 48)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "polarity", nullable = false, length = 16)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_severity", length = 16)
    private Severity defaultSeverity;

    @Column(name = "special_sector", nullable = false)
    private boolean specialSector;

    @ManyToMany(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "record_category_agency",
            joinColumns = @JoinColumn(name = "category_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> reporters;

    protected RecordCategory() {}

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Polarity polarity() {
        return polarity;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public boolean isSpecialSector() {
        return specialSector;
    }

    public Set<String> reporterCodes() {
        return reporters.stream().map(Agency::code).collect(Collectors.toSet());
    }
}
