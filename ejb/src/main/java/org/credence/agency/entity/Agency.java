package org.credence.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A supervising agency; every record, model and inspection plan belongs to one. */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.FIND_ALL, query = "select a from Agency a order by a.code")
@NamedQuery(name = Agency.FIND_BY_CODE, query = "select a from Agency a where a.code = :code")
public class Agency {

    public static final String FIND_ALL = "Agency.findAll";
    public static final String FIND_BY_CODE = "Agency.findByCode";

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private AgencyKind kind;

    protected Agency() {}

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AgencyKind kind() {
        return kind;
    }
}
