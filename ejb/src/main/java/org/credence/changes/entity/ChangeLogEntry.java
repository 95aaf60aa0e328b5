package org.credence.changes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change to a business's records or list entries, numbered in commit order. Written by
 * {@code ChangeLogWriter} in the same transaction as the change; read by rescoring and sharing.
 */
@Entity
@Table(name = "change_log")
@NamedQuery(name = ChangeLogEntry.AFTER, query = "select e from ChangeLogEntry e where e.seq > :after order by e.seq")
public class ChangeLogEntry {

    public static final String AFTER = "ChangeLogEntry.after";

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    @Column(name = "uscc", nullable = false)
    private String uscc;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ChangeKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    protected ChangeLogEntry() {}

    public long seq() {
        return seq;
    }

    public long businessId() {
        return businessId;
    }

    public String uscc() {
        return uscc;
    }

    public ChangeKind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public long agencyId() {
        return agencyId;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
