package org.credence.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A client's data-sharing agreement as stored: at most one per client, keyed by the client's id. The
 * parts and model ids are comma-separated columns; {@link Agreement} holds their rules.
 */
@Entity
@Table(name = "sharing_agreement")
public class SharingAgreement {

    @Id
    @Column(name = "client_id")
    private Long clientRowId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "client_id")
    private ApiClient client;

    @Column(name = "reference", nullable = false, length = 100)
    private String reference;

    @Column(name = "reads", nullable = false, length = 200)
    private String reads;

    @Column(name = "model_ids", nullable = false, length = 1000)
    private String modelIds;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected SharingAgreement() {}

    SharingAgreement(ApiClient client, Agreement terms, LocalDateTime now, String by) {
        this.client = client;
        change(terms, now, by);
    }

    void change(Agreement terms, LocalDateTime now, String by) {
        this.reference = terms.reference();
        this.reads = terms.storedReads();
        this.modelIds = terms.storedModelIds();
        this.validUntil = terms.validUntil();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Agreement agreement() {
        return Agreement.stored(reference, reads, modelIds, validUntil);
    }
}
