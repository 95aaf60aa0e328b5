package org.credence.sharing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.audit.boundary.AuditWriter;
import org.credence.audit.control.AuditEntryTooLargeException;
import org.credence.audit.control.AuditLog;
import org.credence.business.entity.InvalidUsccException;
import org.credence.business.entity.Uscc;
import org.credence.credit.boundary.CreditScores;
import org.credence.credit.boundary.CreditView;
import org.credence.credit.boundary.ExplanationView;
import org.credence.credit.boundary.HistoryEntry;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.Snapshots;
import org.credence.credit.control.Veto;
import org.credence.platform.ChinaTime;
import org.credence.platform.CredenceException;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.entity.Role;
import org.credence.sharing.control.ChangeVisibility;
import org.credence.sharing.control.ChangeVisibility.Change;
import org.credence.sharing.control.ChangeVisibility.Extra;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.ClientSnapshot;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Credit lookups by people and by agencies' systems. Every lookup's audit entry is committed before
 * its answer is given ({@link AuditWriter}); the lookups themselves only read, outside a
 * transaction. An agency client must state a purpose and reads only what its agreement opens, under
 * the models it names; fields beyond the agreement are left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles({Role.Names.AGENCY_CLIENT})
public class SharedCredit {

    public static final int MAX_BATCH = 1000;
    public static final int MAX_FEED_PAGE = 1000;

    @Inject
    Database database;

    @Resource
    SessionContext session;

    @Inject
    CreditScores scores;

    @Inject
    AuditWriter audit;

    @Inject
    RateLimits limits;

    @Inject
    ClientDirectory clients;

    Clock clock = Clock.systemUTC();

    /** More codes than a batch may hold (413). */
    public static final class TooManyCodesException extends CredenceException {
        public TooManyCodesException(int count) {
            super(
                    "too-many-codes",
                    413,
                    Message.of("title.too-many-codes"),
                    Message.of("too-many-codes", MAX_BATCH, count));
        }
    }

    public record LookupRequest(
            @Schema(required = true, maxItems = MAX_BATCH, description = "The codes to look up, answered in this order")
            List<String> usccs,

            @Schema(description = "A credit model's id (default: the market regulator's model in force)")
            Long model,

            @Schema(description = "The date to answer for (default: today)")
            LocalDate on) {}

    /** One code's answer; the fields after {@code status} are absent where the agreement does not open them. */
    public record LookupItem(
            String uscc,

            @Schema(
                    required = true,
                    enumeration = {"FOUND", "NOT_SCORED", "UNKNOWN", "INVALID"})
            String status,

            String detail,
            String name,
            Integer score,
            @Schema(enumeration = {"A", "B", "C", "D"}) String grade,

            @Schema(type = SchemaType.ARRAY, implementation = Veto.class)
            List<String> vetoes,

            LocalDate since,
            List<ListMembership> lists) {}

    public record ListMembership(
            @Schema(enumeration = {"ABNORMAL_OPERATIONS", "SERIOUS_ILLEGAL"})
            String list,

            String agency,
            LocalDate listedOn) {}

    public record LookupAnswer(CreditView.ModelRef model, LocalDate on, List<LookupItem> results) {}

    /**
     * One change for an agency; {@code cursor} is what to send as {@code after} to go on from here.
     * {@code model} and {@code grade} come with a grade change, {@code measure} (its code) with a joint
     * measure's case falling due or being lifted.
     */
    public record FeedItem(
            long cursor,

            @Schema(
                    enumeration = {
                        "RECORD_ADDED",
                        "RECORD_REVOKED",
                        "RECORD_REPAIRED",
                        "LIST_ENTERED",
                        "LIST_REMOVED",
                        "GRADE_CHANGED",
                        "INSPECTION_RESULT_PUBLISHED",
                        "MEASURE_TRIGGERED",
                        "MEASURE_LIFTED"
                    },
                    description = "What changed: every kind of change but a business's"
                            + " registration, which the feed does not carry")
            String kind,

            String uscc,
            LocalDateTime occurredAt,
            Long model,
            @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
            String measure) {}

    public record FeedPage(long next, List<FeedItem> changes) {}

    /** Who reads: a person (no agreement applies) or an agency's client with its agreement. */
    private record Reader(String name, AuditLog.ActorKind kind, String agencyCode, ClientSnapshot client) {

        boolean isClient() {
            return client != null;
        }
    }

    public CreditView current(String uscc, Long model, LocalDate on, String purpose) {
        String why = decoded(purpose);
        return traced("credit.lookup", uscc, why, () -> {
            Reader reader = reader(why, Agreement.Part.SCORE);
            CreditView view = database.call(c -> {
                // who may read and which model come first: a caller refused is refused whatever code they sent
                Uscc key;
                try {
                    key = Uscc.key(uscc);
                } catch (RuntimeException malformed) {
                    coveredModel(c, reader, model, on);
                    throw malformed;
                }
                if (reader.isClient() && model == null) {
                    // the market regulator's model in force, checked against the agreement as the statement finds
                    // it: one round trip for the API's busiest request
                    return CreditView.of(
                            Snapshots.latest(c, key, null, on, today(), false, id -> requireModel(reader, id)));
                }
                Long covered = coveredModel(c, reader, model, on);
                return CreditView.of(Snapshots.latest(c, key, covered, on, today(), false));
            });
            audited(
                    reader,
                    "credit.lookup",
                    view.uscc(),
                    why,
                    "model " + view.model().id() + (on == null ? "" : " on " + on));
            return view;
        });
    }

    public ExplanationView explanation(String uscc, Long model, LocalDate on, String purpose) {
        String why = decoded(purpose);
        return traced("credit.explanation", uscc, why, () -> {
            Reader reader = reader(why, Agreement.Part.EXPLANATION);
            Long covered = database.call(c -> coveredModel(c, reader, model, on));
            ExplanationView view = scores.explanation(Uscc.key(uscc), covered, on);
            audited(
                    reader,
                    "credit.explanation",
                    view.uscc(),
                    why,
                    "model " + view.model().id() + (on == null ? "" : " on " + on));
            return view;
        });
    }

    public List<HistoryEntry> history(String uscc, Long model, int limit, String purpose) {
        String why = decoded(purpose);
        return traced("credit.history", uscc, why, () -> {
            Reader reader = reader(why, Agreement.Part.SCORE);
            if (model != null) {
                requireModel(reader, model);
            }
            List<HistoryEntry> entries = scores.history(Uscc.key(uscc), model, limit);
            if (reader.isClient()) {
                entries = entries.stream()
                        .filter(e ->
                                reader.client().agreement().covers(e.model().id()))
                        .toList();
            }
            audited(reader, "credit.history", uscc, why, model == null ? null : "model " + model);
            return entries;
        });
    }

    /**
     * Up to 1,000 codes, answered in request order, each with its own status: FOUND, NOT_SCORED,
     * UNKNOWN (valid but not registered) or INVALID. One bad code never fails the rest.
     */
    public LookupAnswer lookup(LookupRequest request, String purpose) {
        String why = decoded(purpose);
        return traced("credit.batch-lookup", null, why, () -> batch(request, why));
    }

    private LookupAnswer batch(LookupRequest request, String purpose) {
        if (request == null || request.usccs() == null) {
            throw new InvalidRequestException("usccs", Message.of("is-required-a-list-of-up", MAX_BATCH));
        }
        if (request.usccs().size() > MAX_BATCH) {
            throw new TooManyCodesException(request.usccs().size());
        }
        // the audit entry lists the codes: refuse a request whose list would not fit it (before reading anything)
        long listed = request.usccs().stream()
                .mapToLong(u -> u == null ? 1 : u.strip().length() + 1)
                .sum();
        if (listed > AuditLog.MAX_DETAIL - 200) {
            throw new AuditEntryTooLargeException("usccs", AuditLog.MAX_DETAIL - 200);
        }
        Reader reader = reader(purpose, Agreement.Part.SCORE);
        LocalDate on = request.on() == null ? ChinaTime.today(clock) : request.on();
        record Answered(LookupAnswer answer, String detail) {}
        // the connection goes back to the pool before the lookup waits for its audit entry's commit
        Answered answered = database.call(c -> {
            ModelStore.Ref model = model(c, request.model(), on);
            requireModel(reader, model.id());
            Set<String> codes = new LinkedHashSet<>();
            request.usccs().forEach(u -> {
                if (u != null) {
                    codes.add(u.strip());
                }
            });
            Map<String, Object[]> businesses = new HashMap<>();
            Map<Long, Object[]> snapshots = new HashMap<>();
            Map<Long, List<ListMembership>> lists = new HashMap<>();
            List<String> all = new ArrayList<>(codes);
            for (int from = 0; from < all.size(); from += 500) {
                List<String> part = all.subList(from, Math.min(all.size(), from + 500));
                Jdbc.list(
                        c,
                        "select id, uscc, name from business where uscc in (" + Jdbc.placeholders(part.size()) + ")",
                        rs -> businesses.put(rs.getString(2), new Object[] {rs.getLong(1), rs.getString(3)}),
                        part.toArray());
            }
            List<Long> ids = businesses.values().stream().map(b -> (Long) b[0]).toList();
            boolean withLists =
                    !reader.isClient() || reader.client().agreement().allows(Agreement.Part.LISTS, today());
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
                Object[] params = new Object[part.size() + 2];
                params[0] = model.id();
                params[1] = on;
                for (int i = 0; i < part.size(); i++) {
                    params[i + 2] = part.get(i);
                }
                Jdbc.list(
                        c,
                        "select business_id, score, grade, vetoes, as_of from credit_score where model_id = ?"
                                + " and as_of <= ? and business_id in (" + Jdbc.placeholders(part.size()) + ")"
                                + " order by business_id, as_of desc, id desc",
                        rs -> snapshots.putIfAbsent(rs.getLong(1), new Object[] {
                            rs.getInt(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getDate(5).toLocalDate()
                        }),
                        params);
                if (withLists) {
                    Jdbc.list(
                            c,
                            "select e.business_id, e.list_type, a.code, e.listed_on from list_entry e join agency a"
                                    + " on a.id = e.agency_id where e.listed_on <= ? and (e.removed_on is null or e.removed_on > ?)"
                                    + " and e.business_id in (" + Jdbc.placeholders(part.size())
                                    + ") order by e.listed_on, e.id",
                            rs -> lists.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new ListMembership(
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getDate(4).toLocalDate())),
                            concat(new Object[] {on, on}, part.toArray()));
                }
            }
            List<LookupItem> results = new ArrayList<>(request.usccs().size());
            int found = 0;
            for (String raw : request.usccs()) {
                String code = raw == null ? null : raw.strip();
                Object[] business = code == null ? null : businesses.get(code);
                if (business == null) {
                    String problem = invalid(code);
                    results.add(
                            problem != null
                                    ? new LookupItem(raw, "INVALID", problem, null, null, null, null, null, null)
                                    : new LookupItem(
                                            code,
                                            "UNKNOWN",
                                            "no business is registered under this code",
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null));
                    continue;
                }
                long id = (Long) business[0];
                Object[] s = snapshots.get(id);
                List<ListMembership> memberships = withLists ? lists.getOrDefault(id, List.of()) : null;
                if (s == null) {
                    results.add(new LookupItem(
                            code,
                            "NOT_SCORED",
                            "no score under model " + model.id() + " on " + on,
                            (String) business[1],
                            null,
                            null,
                            null,
                            null,
                            memberships));
                    continue;
                }
                found++;
                String vetoes = (String) s[2];
                results.add(new LookupItem(
                        code,
                        "FOUND",
                        null,
                        (String) business[1],
                        (Integer) s[0],
                        (String) s[1],
                        vetoes == null ? List.of() : Arrays.asList(vetoes.split(",")),
                        (LocalDate) s[3],
                        memberships));
            }
            String detail = "model " + model.id() + " on " + on + ": "
                    + request.usccs().size() + " codes, " + found + " found: " + String.join(",", codes);
            LookupAnswer answer = new LookupAnswer(
                    new CreditView.ModelRef(model.id(), model.agencyCode(), model.name(), model.version()),
                    on,
                    results);
            return new Answered(answer, detail);
        });
        audited(reader, "credit.batch-lookup", null, purpose, answered.detail());
        return answered.answer();
    }

    /**
     * The agency's change feed: changes after {@code after} in commit order, those the agreement
     * opens, and the joint measures the client's agency applies or leads. {@code next} is the cursor
     * to continue from (it also passes changes the agreement filters out, so a quiet agency does not
     * read them again).
     */
    public FeedPage feed(long after, int limit, String purpose) {
        String why = decoded(purpose);
        return traced("changes.read", null, why, () -> changes(after, limit, why));
    }

    private FeedPage changes(long after, int limit, String purpose) {
        if (limit < 1 || limit > MAX_FEED_PAGE) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_FEED_PAGE));
        }
        if (after < 0) {
            throw new InvalidRequestException("after", Message.of("must-be-or-a-cursor-from"));
        }
        Reader reader = reader(purpose, null);
        Agreement agreement = reader.isClient() ? reader.client().agreement() : null;
        LocalDate today = today();
        // the connection goes back to the pool before the read waits for its audit entry's commit
        FeedPage page = database.call(c -> {
            Long readerAgency = reader.isClient() ? reader.client().agencyId() : null;
            List<FeedItem> items = new ArrayList<>();
            long next = after;
            for (Change change : ChangeVisibility.after(c, after, limit)) {
                next = change.seq();
                Extra extra = ChangeVisibility.visible(c, agreement, readerAgency, change, today);
                if (extra != null) {
                    items.add(new FeedItem(
                            change.seq(),
                            change.kind(),
                            change.uscc(),
                            change.occurredAt(),
                            extra.model(),
                            extra.grade(),
                            extra.measure()));
                }
            }
            return new FeedPage(next, items);
        });
        audited(
                reader,
                "changes.read",
                null,
                purpose,
                "after " + after + ": " + page.changes().size() + " changes, next " + page.next());
        return page;
    }

    private Reader reader(String purpose, Agreement.Part part) {
        String name = session.getCallerPrincipal().getName();
        // a person's purpose is audited as a system's is, so it is bounded the same way
        if (purpose != null && purpose.strip().length() > AuditLog.MAX_PURPOSE) {
            throw new InvalidRequestException("Purpose", Message.of("header-is-longer-than-characters"));
        }
        if (!session.isCallerInRole(Role.Names.AGENCY_CLIENT)) {
            return new Reader(name, AuditLog.ActorKind.USER, userAgency(name), null);
        }
        limits.client(name);
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidRequestException("Purpose", Message.of("header-is-required-why-this-lookup"));
        }
        if (purpose.length() > 500) {
            throw new InvalidRequestException("Purpose", Message.of("header-is-longer-than-characters"));
        }
        ClientSnapshot client = clients.find(name);
        if (client == null || !client.active()) {
            throw new NotPermittedException(Message.of("api-client-is-not-active", name));
        }
        if (!client.agreement().inForce(today())) {
            throw new NotPermittedException(Message.of("api-client-has-no-data-sharing", name));
        }
        if (part != null && !client.agreement().allows(part, today())) {
            throw new NotPermittedException(Message.of(
                    "agreement-does-not-open-part", client.agreement().reference(), part));
        }
        return new Reader(name, AuditLog.ActorKind.CLIENT, client.agencyCode(), client);
    }

    /**
     * The model a client reads under, checked against its agreement before anything about the business
     * is read: the one asked for, else the market regulator's in force on the day. A person reads
     * under the model asked for (null: the default).
     */
    private Long coveredModel(Connection c, Reader reader, Long model, LocalDate on) throws SQLException {
        if (!reader.isClient()) {
            return model;
        }
        if (model != null) {
            // refused before even whether the model exists is looked up
            requireModel(reader, model);
            return model;
        }
        ModelStore.Ref ref = model(c, null, on == null ? today() : on);
        requireModel(reader, ref.id());
        return ref.id();
    }

    /**
     * Runs a lookup; if it is refused or fails, writes the audit entry of that refusal (the caller, what
     * was asked, the outcome: action {@code <action>.refused} or {@code .failed}, the status and the
     * reason in the detail) before the refusal reaches the caller, so that probing leaves a trace.
     */
    private <T> T traced(String action, String target, String purpose, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (CredenceException e) {
            if (!e.audited()) {
                String outcome = e.status() == 403 || e.status() == 401 || e.status() == 429 ? "refused" : "failed";
                refused(action + "." + outcome, target, purpose, outcome + " " + e.status() + ": " + e.getMessage());
                e.markAudited();
            }
            throw e;
        } catch (RuntimeException e) {
            try {
                refused(action + ".failed", target, purpose, "failed 500");
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
    }

    private void refused(String action, String target, String purpose, String outcome) {
        String name = session.getCallerPrincipal().getName();
        boolean client = session.isCallerInRole(Role.Names.AGENCY_CLIENT);
        String agency;
        if (client) {
            ClientSnapshot known = clients.find(name);
            agency = known == null ? null : known.agencyCode();
        } else {
            agency = userAgency(name);
        }
        audit.append(new AuditLog.Entry(
                        LocalDateTime.now(clock),
                        clip(name, 64),
                        client ? AuditLog.ActorKind.CLIENT : AuditLog.ActorKind.USER,
                        agency,
                        action,
                        target == null ? null : clip(target, 200),
                        purpose == null || purpose.isBlank() ? null : clip(purpose.strip(), 500),
                        clip(outcome, 2000))
                .bounded());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private void requireModel(Reader reader, long modelId) {
        if (reader.isClient() && !reader.client().agreement().covers(modelId)) {
            throw new NotPermittedException(Message.of(
                    "agreement-does-not-cover-model",
                    reader.client().agreement().reference(),
                    modelId));
        }
    }

    private void audited(Reader reader, String action, String target, String purpose, String detail) {
        audit.append(new AuditLog.Entry(
                LocalDateTime.now(clock),
                reader.name(),
                reader.kind(),
                reader.agencyCode(),
                action,
                target,
                purpose == null || purpose.isBlank() ? null : purpose.strip(),
                detail));
    }

    private String userAgency(String username) {
        return database.call(c -> {
            return Jdbc.one(
                    c,
                    "select a.code from app_user u join agency a on a.id = u.agency_id where u.username = ?",
                    rs -> rs.getString(1),
                    username);
        });
    }

    private static ModelStore.Ref model(Connection c, Long modelId, LocalDate on) throws SQLException {
        ModelStore.Ref model = modelId != null ? ModelStore.ref(c, modelId) : ModelStore.marketRegulatorModel(c, on);
        if (model == null) {
            throw ModelStore.missing(modelId, on);
        }
        return model;
    }

    /** Why a code that is not registered is not a USCC at all, or null if it is one. */
    private static String invalid(String code) {
        if (code == null || code.isEmpty()) {
            return "no code";
        }
        try {
            Uscc.parse(code);
            return null;
        } catch (InvalidUsccException e) {
            return e.getMessage();
        }
    }

    /**
     * The Purpose header as text: HTTP header values are ASCII, so a purpose in Chinese comes
     * percent-encoded as UTF-8 ({@code %E5%A2%9E...}); plain ASCII passes unchanged.
     */
    static String decoded(String purpose) {
        if (purpose == null || purpose.indexOf('%') < 0) {
            return purpose;
        }
        try {
            return java.net.URLDecoder.decode(purpose.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return purpose;
        }
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
