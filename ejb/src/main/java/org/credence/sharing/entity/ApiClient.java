package org.credence.sharing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.credence.agency.entity.Agency;

/**
 * An agency's system that reads credit data with signed tokens. The secret is kept only as a PBKDF2
 * hash; {@code tokenGeneration} grows whenever the tokens issued so far must stop working.
 *
 * <p>The table's id is an identity column, and EclipseLink reads a new identity on H2 with {@code
 * CALL IDENTITY()}, which H2 2.x no longer has: a client is therefore inserted with {@link #INSERT}
 * and read back by its unique {@code clientId}, never persisted.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(
        name = ApiClient.BY_CLIENT_ID,
        query = "select c from ApiClient c left join fetch c.agreement where c.clientId = :clientId")
@NamedQuery(name = ApiClient.ALL, query = "select c from ApiClient c left join fetch c.agreement order by c.clientId")
@NamedNativeQuery(
        name = ApiClient.INSERT,
        query = "insert into api_client (client_id, name, agency_id, secret_hash, status, created_at, created_by,"
                + " version) values (?, ?, ?, ?, 'ACTIVE', ?, ?, 0)")
public class ApiClient {

    public static final String BY_CLIENT_ID = "ApiClient.byClientId";
    public static final String ALL = "ApiClient.all";
    /** Parameters: client id, name, agency id, secret hash, created at, created by. */
    public static final String INSERT = "ApiClient.insert";

    public static final String ACTIVE = "ACTIVE";
    public static final String DISABLED = "DISABLED";

    @Id
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false, length = 64)
    private String clientId;

    @Column(name = "name", nullable = false, updatable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "secret_hash", nullable = false, length = 500)
    private String secretHash;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    @Version
    @Column(name = "version")
    private long version;

    @OneToOne(mappedBy = "client", fetch = FetchType.EAGER)
    private SharingAgreement agreement;

    protected ApiClient() {}

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public Agency agency() {
        return agency;
    }

    public String secretHash() {
        return secretHash;
    }

    public String status() {
        return status;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int tokenGeneration() {
        return tokenGeneration;
    }

    /** The agreement in its rules' form; {@link Agreement#NONE} while the client has none. */
    public Agreement agreement() {
        return agreement == null ? Agreement.NONE : agreement.agreement();
    }

    /**
     * Puts the agreement in place: changes the stored one, or returns a new one that the caller
     * persists (null when an existing one was changed).
     */
    public SharingAgreement agree(Agreement terms, LocalDateTime now, String by) {
        if (agreement != null) {
            agreement.change(terms, now, by);
            return null;
        }
        agreement = new SharingAgreement(this, terms, now, by);
        return agreement;
    }

    public void setActive(boolean active) {
        this.status = active ? ACTIVE : DISABLED;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    /** Starts a new generation of the client's tokens: those issued before stop working. */
    public void revokeTokens() {
        tokenGeneration++;
    }

    public ClientSnapshot snapshot() {
        return new ClientSnapshot(
                id,
                clientId,
                name,
                agency.id(),
                agency.code(),
                secretHash,
                status,
                createdAt,
                createdBy,
                agreement(),
                tokenGeneration);
    }
}
