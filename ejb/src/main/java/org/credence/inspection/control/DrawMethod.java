package org.credence.inspection.control;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.DrawSeed;
import org.credence.inspection.entity.Plan;

/**
 * The draw, exactly as {@code docs/spec/draw-v1.md} states it: pool manifest and hash, tickets,
 * allocation per grade (RATIO or QUOTA), and teams. Pure and deterministic: the same inputs give the
 * same outcome whatever order the pool and the inspectors come in.
 */
public final class DrawMethod {

    public static final String VERSION = "draw-v1";

    /** Grades from the riskiest: the order QUOTA's ties are broken in. */
    private static final List<Grade> RISKIEST_FIRST = List.of(Grade.D, Grade.C, Grade.B, Grade.A);

    /** Strata this large are hashed on every core. */
    private static final int PARALLEL_FROM = 50_000;

    /** A pool member: a business that passed every exclusion, with its grade and division code. */
    public record Member(String uscc, Grade grade, String region) {}

    /** An inspector who passed the checks that do not depend on the target. */
    public record Inspector(String code, String agency, List<String> jurisdiction, int cap) {}

    /**
     * How many per grade and how large the teams: RATIO uses {@code ratios} (basis points), QUOTA
     * {@code quotaTotal} and {@code weights}; {@code agencies} are the plan's agency codes.
     */
    public record Rules(
            DrawMode mode,
            Map<Grade, Integer> ratios,
            int quotaTotal,
            Map<Grade, Integer> weights,
            Map<Grade, Integer> teamSizes,
            List<String> agencies) {

        /** A plan's rules. */
        public static Rules of(Plan plan) {
            return new Rules(
                    plan.mode(),
                    plan.ratios(),
                    plan.quotaTotal() == null ? 0 : plan.quotaTotal(),
                    plan.weights(),
                    plan.teamSizes(),
                    plan.agencies());
        }
    }

    /**
     * Everything a draw depends on. {@code conflicts} maps an inspector code to the USCCs they declared
     * a conflict with; {@code previousTeams} maps a USCC to the team of its latest inspection for the
     * plan's items.
     */
    public record Inputs(
            String drawKey,
            String seed,
            Rules rules,
            List<Member> pool,
            List<Inspector> inspectors,
            Map<String, Set<String>> conflicts,
            Map<String, Set<String>> previousTeams) {}

    /** A selected target: its team (inspector codes, seat order), or the reason it stays UNSTAFFED. */
    public record Target(
            String uscc, Grade grade, String region, String ticket, List<String> team, String unstaffedReason) {

        public boolean staffed() {
            return unstaffedReason == null;
        }
    }

    public record Outcome(
            String poolHash,
            Map<Grade, Integer> poolByGrade,
            Map<Grade, Integer> selectedByGrade,
            List<Target> targets) {}

    private DrawMethod() {}

    public static Outcome draw(Inputs inputs) {
        Map<Grade, List<Member>> strata = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            strata.put(g, new ArrayList<>());
        }
        for (Member m : inputs.pool()) {
            strata.get(m.grade()).add(m);
        }
        Map<Grade, Integer> poolByGrade = new EnumMap<>(Grade.class);
        strata.forEach((g, members) -> poolByGrade.put(g, members.size()));
        Map<Grade, Integer> selectedByGrade = allocate(inputs.rules(), poolByGrade);
        // the manifest's hash needs the pool sorted by USCC and nothing else: it runs beside the rest
        java.util.concurrent.CompletableFuture<String> poolHash =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> poolHash(inputs.pool()));
        List<Ticketed> selected = ticketStage(inputs.seed(), inputs.drawKey(), strata, selectedByGrade);
        Tickets tickets = new Tickets(inputs.seed(), inputs.drawKey());
        List<Target> targets = staff(inputs, selected, tickets);
        return new Outcome(poolHash.join(), poolByGrade, selectedByGrade, targets);
    }

    /**
     * The ticket stage: every member's ticket, and per grade the {@code n_g} smallest, in staffing order
     * (ticket, then USCC). Public for the benchmark, which measures it against a plain SHA-256 loop.
     */
    public static List<Ticketed> ticketStage(
            String seed, String drawKey, Map<Grade, List<Member>> strata, Map<Grade, Integer> selectedByGrade) {
        Tickets tickets = new Tickets(seed, drawKey);
        List<Ticketed> selected = new ArrayList<>();
        for (Grade g : Grade.values()) {
            selected.addAll(smallest(strata.get(g), selectedByGrade.get(g), tickets));
        }
        selected.sort(Ticketed.ORDER);
        return selected;
    }

    /** SHA-256 hex of the manifest: one line {@code USCC,GRADE\n} per member, sorted by USCC. */
    public static String poolHash(List<Member> pool) {
        Member[] sorted = pool.toArray(new Member[0]);
        Arrays.sort(sorted, Comparator.comparing(Member::uscc));
        MessageDigest sha = sha256();
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream(1 << 16);
        for (Member m : sorted) {
            chunk.writeBytes(m.uscc().getBytes(StandardCharsets.UTF_8));
            chunk.write(',');
            chunk.writeBytes(m.grade().name().getBytes(StandardCharsets.UTF_8));
            chunk.write('\n');
            if (chunk.size() > 60_000) {
                sha.update(chunk.toByteArray());
                chunk.reset();
            }
        }
        sha.update(chunk.toByteArray());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@code n_g} per grade: RATIO by rounding up, QUOTA by largest remainder with capping. */
    public static Map<Grade, Integer> allocate(Rules rules, Map<Grade, Integer> poolByGrade) {
        return rules.mode() == DrawMode.RATIO
                ? ratio(rules.ratios(), poolByGrade)
                : quota(rules.quotaTotal(), rules.weights(), poolByGrade);
    }

    static Map<Grade, Integer> ratio(Map<Grade, Integer> ratios, Map<Grade, Integer> poolByGrade) {
        Map<Grade, Integer> n = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            long size = poolByGrade.get(g);
            long share = (size * ratios.get(g) + 9999) / 10000;
            n.put(g, (int) Math.min(size, share));
        }
        return n;
    }

    /**
     * Largest remainder in exact integers (draw-v1): {@code k * w_g * N_g} passes 2^63 at about 10^8 members with
     * large weights, so shares, products and remainders are {@link BigInteger}s.
     */
    static Map<Grade, Integer> quota(int total, Map<Grade, Integer> weights, Map<Grade, Integer> poolByGrade) {
        Map<Grade, Integer> n = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            n.put(g, 0);
        }
        List<Grade> open = new ArrayList<>(RISKIEST_FIRST);
        long k = total;
        while (!open.isEmpty()) {
            BigInteger sum = BigInteger.ZERO;
            Map<Grade, BigInteger> shares = new EnumMap<>(Grade.class);
            for (Grade g : open) {
                BigInteger share = BigInteger.valueOf(weights.get(g)).multiply(BigInteger.valueOf(poolByGrade.get(g)));
                shares.put(g, share);
                sum = sum.add(share);
            }
            if (sum.signum() == 0) {
                return n; // nothing left carries weight: the remaining seats stay empty
            }
            long given = 0;
            Map<Grade, BigInteger> remainders = new EnumMap<>(Grade.class);
            for (Grade g : open) {
                BigInteger[] qr = BigInteger.valueOf(k).multiply(shares.get(g)).divideAndRemainder(sum);
                n.put(g, qr[0].intValueExact()); // at most k, an int
                remainders.put(g, qr[1]);
                given += qr[0].longValueExact();
            }
            // largest remainder first; a stable sort keeps the riskier grade first on a tie
            List<Grade> byRemainder = new ArrayList<>(open);
            byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
            for (int i = 0; i < k - given; i++) {
                Grade g = byRemainder.get(i);
                n.put(g, n.get(g) + 1);
            }
            List<Grade> over =
                    open.stream().filter(g -> n.get(g) > poolByGrade.get(g)).toList();
            if (over.isEmpty()) {
                return n;
            }
            for (Grade g : over) {
                n.put(g, poolByGrade.get(g));
                open.remove(g);
                k -= poolByGrade.get(g);
            }
        }
        return n;
    }

    /**
     * The {@code count} members with the smallest tickets. Every member is hashed once, on every core
     * (each part of the stratum with its own digest), keeping the first 8 bytes of its ticket as an
     * unsigned number; quickselect finds the count-th smallest of those, and only the members at or
     * below it are hashed again for their full tickets. If 8-byte prefixes tie at the boundary (about
     * one draw in 10^13), every ticket is compared in full.
     */
    private static List<Ticketed> smallest(List<Member> members, int count, Tickets tickets) {
        if (count == 0) {
            return List.of();
        }
        int n = members.size();
        long[] keys = new long[n];
        int parts = n < PARALLEL_FROM ? 1 : Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
            Tickets own = tickets.copy();
            byte[] scratch = new byte[32];
            for (int i = (int) ((long) part * n / parts), end = (int) ((long) (part + 1) * n / parts); i < end; i++) {
                own.into(members.get(i).uscc(), scratch, 0);
                keys[i] = prefix(scratch, 0);
            }
        });
        long threshold = kthSmallest(keys.clone(), count - 1);
        List<Ticketed> kept = new ArrayList<>(count + 8);
        for (int i = 0; i < n; i++) {
            if (keys[i] <= threshold) {
                Member m = members.get(i);
                kept.add(new Ticketed(m, tickets.of(m.uscc()), keys[i]));
            }
        }
        if (kept.size() == count) {
            return kept; // no tie at the threshold: exactly the smallest, in any order
        }
        return smallestWithTies(members, count, tickets);
    }

    /** The exact, slower way: every full ticket, sorted. */
    private static List<Ticketed> smallestWithTies(List<Member> members, int count, Tickets tickets) {
        List<Ticketed> all = new ArrayList<>(members.size());
        for (Member m : members) {
            byte[] digest = tickets.of(m.uscc());
            all.add(new Ticketed(m, digest, prefix(digest, 0)));
        }
        all.sort(Ticketed.ORDER);
        return new ArrayList<>(all.subList(0, count));
    }

    /** The k-th smallest value (0-based) by quickselect; reorders {@code a}. */
    static long kthSmallest(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /** The first 8 bytes as a long whose signed order is the bytes' unsigned order. */
    private static long prefix(byte[] digests, int offset) {
        long v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | (digests[offset + b] & 0xFF);
        }
        return v ^ Long.MIN_VALUE;
    }

    /** Targets whose candidates are hashed together, on every core, before they are staffed in order. */
    private static final int STAFFING_BLOCK = 2048;

    /**
     * Staffs the targets in order. For a block of targets at a time, every inspector who may serve a
     * target regardless of load (agency, jurisdiction, no conflict, not on its previous team) gets
     * their ticket for it, on every core; the targets are then staffed one by one, skipping inspectors
     * who reached their cap, by scanning for minima (per agency first for a joint plan, then the
     * smallest remaining), which is the ticket order without sorting.
     */
    private static List<Target> staff(Inputs inputs, List<Ticketed> selected, Tickets tickets) {
        Rules rules = inputs.rules();
        List<String> agencies = new ArrayList<>(new TreeSet<>(rules.agencies()));
        boolean joint = agencies.size() > 1;
        List<Inspector> inspectors = inputs.inspectors();
        int count = inspectors.size();
        Map<String, List<Integer>> byPrefix = new HashMap<>();
        byte[][] codes = new byte[count][];
        int[] agencyOf = new int[count];
        for (int i = 0; i < count; i++) {
            Inspector inspector = inspectors.get(i);
            for (String prefix : new HashSet<>(inspector.jurisdiction())) {
                byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(i);
            }
            codes[i] = inspector.code().getBytes(StandardCharsets.UTF_8);
            agencyOf[i] = agencies.indexOf(inspector.agency());
        }
        int[] load = new int[count];
        ThreadLocal<Tickets> digests = ThreadLocal.withInitial(tickets::copy);
        ThreadLocal<int[]> stamps = ThreadLocal.withInitial(() -> new int[count + 1]);
        List<Target> targets = new ArrayList<>(selected.size());
        for (int from = 0; from < selected.size(); from += STAFFING_BLOCK) {
            int to = Math.min(selected.size(), from + STAFFING_BLOCK);
            Candidates[] block = new Candidates[to - from];
            int first = from;
            java.util.stream.IntStream.range(from, to)
                    .parallel()
                    .forEach(k -> block[k - first] =
                            candidates(inputs, selected.get(k).member(), byPrefix, codes, digests.get(), stamps.get()));
            for (int k = from; k < to; k++) {
                targets.add(
                        staffOne(rules, agencies, joint, selected.get(k), block[k - from], agencyOf, load, inspectors));
            }
        }
        return targets;
    }

    /** Everyone who may serve the target whatever their load, with their tickets for it. */
    private static Candidates candidates(
            Inputs inputs,
            Member m,
            Map<String, List<Integer>> byPrefix,
            byte[][] codes,
            Tickets tickets,
            int[] stamps) {
        int stamp = ++stamps[stamps.length - 1];
        Set<String> previous = inputs.previousTeams().getOrDefault(m.uscc(), Set.of());
        byte[] target = Tickets.forTarget(m.uscc());
        String region = m.region();
        Candidates c = new Candidates(16);
        for (int len = 1; len <= region.length(); len++) {
            List<Integer> covering = byPrefix.get(region.substring(0, len));
            if (covering == null) {
                continue;
            }
            for (int i : covering) {
                if (stamps[i] == stamp) {
                    continue;
                }
                stamps[i] = stamp;
                Inspector inspector = inputs.inspectors().get(i);
                if (previous.contains(inspector.code())
                        || inputs.conflicts()
                                .getOrDefault(inspector.code(), Set.of())
                                .contains(m.uscc())) {
                    continue;
                }
                c.grow();
                tickets.inspectorTicket(target, codes[i], c.digests, c.size * 32);
                c.add(i);
            }
        }
        return c;
    }

    private static Target staffOne(
            Rules rules,
            List<String> agencies,
            boolean joint,
            Ticketed t,
            Candidates c,
            int[] agencyOf,
            int[] load,
            List<Inspector> inspectors) {
        Member m = t.member();
        int size = Math.max(2, rules.teamSizes().get(m.grade()));
        if (joint) {
            size = Math.max(size, agencies.size());
        }
        int eligible = 0;
        for (int j = 0; j < c.size; j++) {
            int i = c.inspector[j];
            c.taken[j] = load[i] >= inspectors.get(i).cap(); // at their cap: not eligible for this target
            if (!c.taken[j]) {
                eligible++;
            }
        }
        List<Integer> team = new ArrayList<>(size);
        String reason = null;
        if (joint) {
            for (int a = 0; a < agencies.size(); a++) {
                int best = c.smallest(agencyOf, a, inspectors);
                if (best < 0) {
                    reason = "no eligible inspector of " + agencies.get(a);
                    break;
                }
                c.taken[best] = true;
                team.add(best);
            }
        }
        if (reason == null) {
            while (team.size() < size) {
                int best = c.smallest(null, -1, inspectors);
                if (best < 0) {
                    break;
                }
                c.taken[best] = true;
                team.add(best);
            }
            if (team.size() < size) {
                reason = eligible + " eligible inspector" + (eligible == 1 ? "" : "s") + " for a team of " + size;
            }
        }
        String ticket = HexFormat.of().formatHex(t.digest());
        if (reason != null) {
            return new Target(m.uscc(), m.grade(), m.region(), ticket, List.of(), reason);
        }
        List<String> seats = new ArrayList<>(size);
        for (int slot : team) {
            int i = c.inspector[slot];
            load[i]++;
            seats.add(inspectors.get(i).code());
        }
        return new Target(m.uscc(), m.grade(), m.region(), ticket, List.copyOf(seats), null);
    }

    /** One target's candidates: inspector indexes, ticket prefixes and full tickets, in growable arrays. */
    private static final class Candidates {
        int[] inspector;
        long[] key;
        byte[] digests;
        boolean[] taken;
        int size;

        Candidates(int capacity) {
            inspector = new int[capacity];
            key = new long[capacity];
            digests = new byte[capacity * 32];
            taken = new boolean[capacity];
        }

        /** Makes room for one more. */
        void grow() {
            if (size == inspector.length) {
                int capacity = size * 2;
                inspector = Arrays.copyOf(inspector, capacity);
                key = Arrays.copyOf(key, capacity);
                digests = Arrays.copyOf(digests, capacity * 32);
                taken = Arrays.copyOf(taken, capacity);
            }
        }

        /** Adds the inspector whose ticket was just written at slot {@code size}. */
        void add(int inspectorIndex) {
            inspector[size] = inspectorIndex;
            key[size] = prefix(digests, size * 32);
            size++;
        }

        /** The slot with the smallest ticket (then code) not taken, of agency {@code a} if given; -1 if none. */
        int smallest(int[] agencyOf, int a, List<Inspector> inspectors) {
            int best = -1;
            for (int j = 0; j < size; j++) {
                if (taken[j] || (agencyOf != null && agencyOf[inspector[j]] != a)) {
                    continue;
                }
                if (best < 0 || less(j, best, inspectors)) {
                    best = j;
                }
            }
            return best;
        }

        private boolean less(int x, int y, List<Inspector> inspectors) {
            if (key[x] != key[y]) {
                return key[x] < key[y];
            }
            int c = Arrays.compareUnsigned(digests, x * 32, x * 32 + 32, digests, y * 32, y * 32 + 32);
            return c != 0
                    ? c < 0
                    : inspectors
                                    .get(inspector[x])
                                    .code()
                                    .compareTo(inspectors.get(inspector[y]).code())
                            < 0;
        }
    }

    static MessageDigest sha256() {
        return DrawSeed.sha256();
    }

    /** Compares digests as their hex strings compare: unsigned, byte by byte. */
    static int compareDigests(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    /**
     * {@code SHA-256(seed + ":" + drawKey + ":" + x)} with one reused digest and the fixed prefix
     * encoded once (copying a digest's state costs more than hashing the prefix again).
     */
    public static final class Tickets {
        private final MessageDigest sha = sha256();
        private final byte[] prefix;
        private final byte[] message;

        public Tickets(String seed, String drawKey) {
            this((seed + ":" + drawKey + ":").getBytes(StandardCharsets.UTF_8));
        }

        private Tickets(byte[] prefix) {
            this.prefix = prefix;
            message = Arrays.copyOf(prefix, prefix.length + 64);
        }

        /** The same tickets with a digest of its own, for another thread. */
        Tickets copy() {
            return new Tickets(prefix);
        }

        public byte[] of(String x) {
            sha.update(prefix);
            return sha.digest(x.getBytes(StandardCharsets.UTF_8));
        }

        public String hex(String x) {
            return HexFormat.of().formatHex(of(x));
        }

        /**
         * Writes the 32 bytes of x's ticket into {@code out} at {@code offset}. An ASCII {@code x} (every
         * USCC) is copied behind the prefix in one reused message buffer, so nothing is allocated.
         */
        void into(String x, byte[] out, int offset) {
            int length = x.length();
            boolean ascii = length <= message.length - prefix.length;
            for (int i = 0; ascii && i < length; i++) {
                char ch = x.charAt(i);
                ascii = ch < 0x80;
                message[prefix.length + i] = (byte) ch;
            }
            if (ascii) {
                sha.update(message, 0, prefix.length + length);
            } else {
                sha.update(prefix);
                sha.update(x.getBytes(StandardCharsets.UTF_8));
            }
            try {
                sha.digest(out, offset, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 writes 32 bytes", e);
            }
        }

        /** The bytes of {@code uscc + ":"}, to derive each inspector's ticket for one target. */
        static byte[] forTarget(String uscc) {
            return (uscc + ":").getBytes(StandardCharsets.UTF_8);
        }

        /** {@code inspectorTicket(t, i)}: SHA-256 of seed:drawKey:uscc:code, written into {@code out} at {@code offset}. */
        void inspectorTicket(byte[] target, byte[] inspectorCode, byte[] out, int offset) {
            sha.update(prefix);
            sha.update(target);
            sha.update(inspectorCode);
            try {
                sha.digest(out, offset, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 writes 32 bytes", e);
            }
        }
    }

    /** A pool member with its ticket as raw SHA-256 bytes (ordered as the hex strings would be). */
    public record Ticketed(Member member, byte[] digest, long key) {
        static final Comparator<Ticketed> ORDER = (a, b) -> {
            if (a.key != b.key) {
                return Long.compare(a.key, b.key);
            }
            int c = compareDigests(a.digest, b.digest);
            return c != 0 ? c : a.member.uscc().compareTo(b.member.uscc());
        };
    }
}
