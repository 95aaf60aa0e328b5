package org.credence.inspection.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.credence.credit.control.Grade;

/**
 * The draw, exactly as {@code docs/spec/draw-v1.md} states it: pool manifest and hash, tickets,
 * allocation per grade (RATIO or QUOTA), and teams. Pure and deterministic: the same inputs give the
 * same outcome whatever order the pool and the inspectors come in.
 */
public final class DrawMethod {

    public static final String VERSION = "draw-v1";

    /** Grades from the riskiest: the order QUOTA's ties are broken in. */
    private static final List<Grade> RISKIEST_FIRST = List.of(Grade.D, Grade.C, Grade.B, Grade.A);

    public enum Mode { RATIO, QUOTA }

    /** A pool member: a business that passed every exclusion, with its grade and division code. */
    public record Member(String uscc, Grade grade, String region) {
    }

    /** An inspector who passed the checks that do not depend on the target. */
    public record Inspector(String code, String agency, List<String> jurisdiction, int cap) {
    }

    /**
     * How many per grade and how large the teams: RATIO uses {@code ratios} (basis points), QUOTA
     * {@code quotaTotal} and {@code weights}; {@code agencies} are the plan's agency codes.
     */
    public record Rules(Mode mode, Map<Grade, Integer> ratios, int quotaTotal, Map<Grade, Integer> weights,
                        Map<Grade, Integer> teamSizes, List<String> agencies) {
    }

    /**
     * Everything a draw depends on. {@code conflicts} maps an inspector code to the USCCs they declared
     * a conflict with; {@code previousTeams} maps a USCC to the team of its latest inspection for the
     * plan's items.
     */
    public record Inputs(String drawKey, String seed, Rules rules, List<Member> pool, List<Inspector> inspectors,
                         Map<String, Set<String>> conflicts, Map<String, Set<String>> previousTeams) {
    }

    /** A selected target: its team (inspector codes, seat order), or the reason it stays UNSTAFFED. */
    public record Target(String uscc, Grade grade, String region, String ticket, List<String> team,
                         String unstaffedReason) {

        public boolean staffed() {
            return unstaffedReason == null;
        }
    }

    public record Outcome(String poolHash, Map<Grade, Integer> poolByGrade, Map<Grade, Integer> selectedByGrade,
                          List<Target> targets) {
    }

    private DrawMethod() {
    }

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
        List<Ticketed> selected = ticketStage(inputs.seed(), inputs.drawKey(), strata, selectedByGrade);
        Tickets tickets = new Tickets(inputs.seed(), inputs.drawKey());
        return new Outcome(poolHash(inputs.pool()), poolByGrade, selectedByGrade, staff(inputs, selected, tickets));
    }

    /**
     * The ticket stage: every member's ticket, and per grade the {@code n_g} smallest, in staffing order
     * (ticket, then USCC). Public for the benchmark, which measures it against a plain SHA-256 loop.
     */
    public static List<Ticketed> ticketStage(String seed, String drawKey, Map<Grade, List<Member>> strata,
                                             Map<Grade, Integer> selectedByGrade) {
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
        return rules.mode() == Mode.RATIO ? ratio(rules.ratios(), poolByGrade)
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

    static Map<Grade, Integer> quota(int total, Map<Grade, Integer> weights, Map<Grade, Integer> poolByGrade) {
        Map<Grade, Integer> n = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            n.put(g, 0);
        }
        List<Grade> open = new ArrayList<>(RISKIEST_FIRST);
        long k = total;
        while (!open.isEmpty()) {
            long sum = 0;
            Map<Grade, Long> shares = new EnumMap<>(Grade.class);
            for (Grade g : open) {
                long share = (long) weights.get(g) * poolByGrade.get(g);
                shares.put(g, share);
                sum += share;
            }
            if (sum == 0) {
                return n; // nothing left carries weight: the remaining seats stay empty
            }
            long given = 0;
            Map<Grade, Long> remainders = new EnumMap<>(Grade.class);
            for (Grade g : open) {
                long product = k * shares.get(g);
                n.put(g, (int) (product / sum));
                remainders.put(g, product % sum);
                given += product / sum;
            }
            // largest remainder first; a stable sort keeps the riskier grade first on a tie
            List<Grade> byRemainder = new ArrayList<>(open);
            byRemainder.sort(Comparator.comparing(remainders::get, Comparator.reverseOrder()));
            for (int i = 0; i < k - given; i++) {
                Grade g = byRemainder.get(i);
                n.put(g, n.get(g) + 1);
            }
            List<Grade> over = open.stream().filter(g -> n.get(g) > poolByGrade.get(g)).toList();
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
     * The {@code count} members with the smallest tickets. Every member is hashed once into one flat
     * buffer; the first 8 bytes of each ticket (as an unsigned number) find the count-th smallest by a
     * primitive sort, and only the members at or below it are compared in full.
     */
    private static List<Ticketed> smallest(List<Member> members, int count, Tickets tickets) {
        if (count == 0) {
            return List.of();
        }
        int n = members.size();
        byte[] digests = new byte[n * 32];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            tickets.into(members.get(i).uscc(), digests, i * 32);
            keys[i] = prefix(digests, i * 32);
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long threshold = sorted[count - 1];
        List<Ticketed> candidates = new ArrayList<>(count + 8);
        for (int i = 0; i < n; i++) {
            if (keys[i] <= threshold) {
                candidates.add(new Ticketed(members.get(i), Arrays.copyOfRange(digests, i * 32, i * 32 + 32)));
            }
        }
        candidates.sort(Ticketed.ORDER);
        return candidates.subList(0, count);
    }

    /** The first 8 bytes as a long whose signed order is the bytes' unsigned order. */
    private static long prefix(byte[] digests, int offset) {
        long v = 0;
        for (int b = 0; b < 8; b++) {
            v = (v << 8) | (digests[offset + b] & 0xFF);
        }
        return v ^ Long.MIN_VALUE;
    }

    private static List<Target> staff(Inputs inputs, List<Ticketed> selected, Tickets tickets) {
        Rules rules = inputs.rules();
        List<String> agencies = new ArrayList<>(new TreeSet<>(rules.agencies()));
        boolean joint = agencies.size() > 1;
        Map<String, List<Integer>> byPrefix = new HashMap<>();
        List<Inspector> inspectors = inputs.inspectors();
        for (int i = 0; i < inspectors.size(); i++) {
            for (String prefix : new HashSet<>(inspectors.get(i).jurisdiction())) {
                byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>()).add(i);
            }
        }
        int[] load = new int[inspectors.size()];
        int[] seen = new int[inspectors.size()];
        byte[][] codes = new byte[inspectors.size()][];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = inspectors.get(i).code().getBytes(StandardCharsets.UTF_8);
        }
        List<Target> targets = new ArrayList<>(selected.size());
        int stamp = 0;
        for (Ticketed t : selected) {
            stamp++;
            Member m = t.member();
            int size = Math.max(2, rules.teamSizes().get(m.grade()));
            if (joint) {
                size = Math.max(size, agencies.size());
            }
            Set<String> previous = inputs.previousTeams().getOrDefault(m.uscc(), Set.of());
            List<Candidate> eligible = new ArrayList<>();
            String region = m.region();
            byte[] targetBytes = null;
            for (int len = 1; len <= region.length(); len++) {
                List<Integer> covering = byPrefix.get(region.substring(0, len));
                if (covering == null) {
                    continue;
                }
                for (int i : covering) {
                    if (seen[i] == stamp) {
                        continue;
                    }
                    seen[i] = stamp;
                    Inspector inspector = inspectors.get(i);
                    if (load[i] >= inspector.cap() || previous.contains(inspector.code())
                            || inputs.conflicts().getOrDefault(inspector.code(), Set.of()).contains(m.uscc())) {
                        continue;
                    }
                    if (targetBytes == null) {
                        targetBytes = Tickets.forTarget(m.uscc());
                    }
                    eligible.add(new Candidate(i, inspector, tickets.inspectorTicket(targetBytes, codes[i])));
                }
            }
            eligible.sort(Candidate.ORDER);
            List<Candidate> team = new ArrayList<>(size);
            String reason = null;
            if (joint) {
                for (String agency : agencies) {
                    Candidate first = eligible.stream().filter(c -> c.inspector().agency().equals(agency)).findFirst().orElse(null);
                    if (first == null) {
                        reason = "no eligible inspector of " + agency;
                        break;
                    }
                    team.add(first);
                }
            }
            if (reason == null) {
                for (Candidate c : eligible) {
                    if (team.size() == size) {
                        break;
                    }
                    if (!team.contains(c)) {
                        team.add(c);
                    }
                }
                if (team.size() < size) {
                    reason = eligible.size() + " eligible inspector" + (eligible.size() == 1 ? "" : "s")
                            + " for a team of " + size;
                }
            }
            String ticket = HexFormat.of().formatHex(t.digest());
            if (reason != null) {
                targets.add(new Target(m.uscc(), m.grade(), region, ticket, List.of(), reason));
            } else {
                List<String> seats = new ArrayList<>(size);
                for (Candidate c : team) {
                    load[c.index()]++;
                    seats.add(c.inspector().code());
                }
                targets.add(new Target(m.uscc(), m.grade(), region, ticket, List.copyOf(seats), null));
            }
        }
        return targets;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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

        public Tickets(String seed, String drawKey) {
            prefix = (seed + ":" + drawKey + ":").getBytes(StandardCharsets.UTF_8);
        }

        public byte[] of(String x) {
            sha.update(prefix);
            return sha.digest(x.getBytes(StandardCharsets.UTF_8));
        }

        public String hex(String x) {
            return HexFormat.of().formatHex(of(x));
        }

        /** Writes the 32 bytes of x's ticket into {@code out} at {@code offset}. */
        void into(String x, byte[] out, int offset) {
            sha.update(prefix);
            sha.update(x.getBytes(StandardCharsets.UTF_8));
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

        /** {@code inspectorTicket(t, i)}: SHA-256 of seed:drawKey:uscc:code. */
        byte[] inspectorTicket(byte[] target, byte[] inspectorCode) {
            sha.update(prefix);
            sha.update(target);
            return sha.digest(inspectorCode);
        }
    }

    /** A pool member with its ticket as raw SHA-256 bytes (ordered as the hex strings would be). */
    public record Ticketed(Member member, byte[] digest) {
        static final Comparator<Ticketed> ORDER = (a, b) -> {
            int c = compareDigests(a.digest, b.digest);
            return c != 0 ? c : a.member.uscc().compareTo(b.member.uscc());
        };
    }

    private record Candidate(int index, Inspector inspector, byte[] digest) {
        static final Comparator<Candidate> ORDER = (a, b) -> {
            int c = compareDigests(a.digest, b.digest);
            return c != 0 ? c : a.inspector.code().compareTo(b.inspector.code());
        };

        @Override
        public boolean equals(Object o) {
            return o instanceof Candidate other && other.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }
    }
}
