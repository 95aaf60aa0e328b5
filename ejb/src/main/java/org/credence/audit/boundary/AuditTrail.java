package org.credence.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.AuditFilter;
import org.credence.audit.control.AuditKeys;
import org.credence.audit.control.AuditLog;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Database;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit trail: the sealer chains the entries ({@link AuditWriter} and {@code WriteLog} append them), auditors read and verify. */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE = 500;
    /** The interface pages through at most this many matching entries (newest first); a narrower filter finds older ones. */
    public static final long MAX_COUNTED = 100_000;

    @Inject
    Database database;

    /** A sealed entry as auditors read it. */
    public record EntryView(
            long seq,
            LocalDateTime at,
            String actor,

            @Schema(enumeration = {"USER", "CLIENT", "SYSTEM"})
            String actorKind,

            String agency,
            String action,
            String target,
            String purpose,
            String detail,
            String prevHash,
            String hash)
            implements java.io.Serializable {}

    /** Chains every entry committed so far; the sealing job calls this every few seconds. */
    public int seal() {
        return database.call(c -> AuditLog.seal(c));
    }

    /** Seals what is committed, then recomputes the whole chain. */
    public AuditLog.Verification verify() {
        return database.call(c -> {
            AuditLog.seal(c);
            return AuditLog.verify(c);
        });
    }

    /**
     * Seals what is committed and signs a checkpoint of the chain's head, unless the head has one
     * already; the checkpoint job calls this every few minutes, on one node of the cluster at a time.
     */
    public AuditLog.Checkpoint checkpoint() {
        return database.call(c -> AuditLog.checkpoint(c, LocalDateTime.now(java.time.Clock.systemUTC())));
    }

    /** Signed checkpoints before {@code before} (all when null), newest first, for auditors to keep outside the system. */
    public List<AuditLog.Checkpoint> checkpoints(Long before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_PAGE));
        }
        return database.call(c -> AuditLog.checkpoints(c, before == null ? Long.MAX_VALUE : before, limit));
    }

    /** The public keys that verify the checkpoints, the one in use and those rotated out. */
    public List<AuditKeys.PublicKeyView> keys() {
        return database.call(c -> AuditLog.keys(c));
    }

    /** Seals what is committed, then checks the log against a checkpoint exported earlier. */
    public AuditLog.Verification verify(AuditLog.Checkpoint checkpoint) {
        if (checkpoint == null) {
            return verify();
        }
        return database.call(c -> {
            AuditLog.seal(c);
            return AuditLog.verifyAgainst(c, checkpoint);
        });
    }

    /** Entries matching the filter, newest first, from {@code offset} on (the interface's pages). */
    public List<EntryView> entries(AuditFilter filter, int offset, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_PAGE));
        }
        return database.call(c -> {
            return AuditLog.entries(c, filter == null ? AuditFilter.NONE : filter, Math.max(0, offset), limit).stream()
                    .map(AuditTrail::view)
                    .toList();
        });
    }

    /** Entries matching the filter before {@code before} (all when null), newest first: the whole filtered log a chunk at a time. */
    public List<EntryView> entriesBefore(AuditFilter filter, Long before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_PAGE));
        }
        return database.call(c -> {
            return AuditLog.entriesBefore(
                            c,
                            filter == null ? AuditFilter.NONE : filter,
                            before == null ? Long.MAX_VALUE : before,
                            limit)
                    .stream()
                    .map(AuditTrail::view)
                    .toList();
        });
    }

    /** How many entries match the filter, up to {@value #MAX_COUNTED}. */
    public long count(AuditFilter filter) {
        return database.call(c -> AuditLog.count(c, filter == null ? AuditFilter.NONE : filter, MAX_COUNTED));
    }

    private static EntryView view(AuditLog.Sealed s) {
        return new EntryView(
                s.seq(),
                s.entry().at(),
                s.entry().actor(),
                s.entry().actorKind().name(),
                s.entry().agencyCode(),
                s.entry().action(),
                s.entry().target(),
                s.entry().purpose(),
                s.entry().detail(),
                s.prevHash(),
                s.hash());
    }

    public List<EntryView> entries(String target, Long before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_PAGE));
        }
        return database.call(c -> {
            return AuditLog.entries(c, target, before == null ? Long.MAX_VALUE : before, limit).stream()
                    .map(s -> new EntryView(
                            s.seq(),
                            s.entry().at(),
                            s.entry().actor(),
                            s.entry().actorKind().name(),
                            s.entry().agencyCode(),
                            s.entry().action(),
                            s.entry().target(),
                            s.entry().purpose(),
                            s.entry().detail(),
                            s.prevHash(),
                            s.hash()))
                    .toList();
        });
    }
}
