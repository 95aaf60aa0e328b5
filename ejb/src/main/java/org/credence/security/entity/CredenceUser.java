package org.credence.security.entity;

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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.credence.agency.entity.Agency;

/**
 * A person who signs in to Credence. The password is stored only as a PBKDF2 hash; the identity
 * store reads this table directly.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = CredenceUser.FIND_BY_USERNAME, query = "select u from CredenceUser u where u.username = :username")
@NamedQuery(
        name = CredenceUser.COUNT_WITH_ROLE,
        query = "select count(u) from CredenceUser u join u.roles r where r = :role")
public class CredenceUser {

    public static final String FIND_BY_USERNAME = "CredenceUser.findByUsername";
    public static final String COUNT_WITH_ROLE = "CredenceUser.countWithRole";

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected CredenceUser() {}

    public CredenceUser(String username, String passwordHash, Agency agency, Set<Role> roles, LocalDateTime now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.agency = agency;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = now;
    }

    public String username() {
        return username;
    }

    /** The user's roles. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Agency agency() {
        return agency;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void disable() {
        this.enabled = false;
    }
}
