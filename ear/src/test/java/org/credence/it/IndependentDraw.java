package org.credence.it;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recomputes a random draw of method version 1 from its published inputs.
 *
 * <p>Written from the published description of draw-v1 only. It deliberately shares no code with
 * the server, so that comparing the two catches a mistake in either. Plain JDK plus the JSON-P API.
 */
public final class IndependentDraw {

    public record Inspector(String code, String agency, List<String> jurisdiction, int cap) {}

    public record Target(String uscc, String grade, String ticket, List<String> team, boolean staffed) {}

    public record Outcome(
            String poolHash,
            Map<String, Integer> poolByGrade,
            Map<String, Integer> selectedByGrade,
            List<Target> targets) {}

    private record Member(String uscc, String grade, String region, String ticket) {}

    static final List<String> GRADES = List.of("A", "B", "C", "D");
    /** Byte order of the UTF-8 encodings, the order the method names. */
    static final Comparator<String> BYTE_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private static final Comparator<Member> BY_TICKET =
            Comparator.comparing(Member::ticket).thenComparing(Member::uscc, BYTE_ORDER);

    private IndependentDraw() {}

    /** inputs: the draw inputs document (method, drawKey, seed, mode, ratios or quota, teamSizes, agencies, pool, inspectors, conflicts, previousTeams). */
    public static Outcome recompute(JsonObject in) {
        if (!"draw-v1".equals(in.getString("method"))) throw new IllegalArgumentException("method is not draw-v1");
        String prefix = in.getString("seed") + ":" + in.getString("drawKey") + ":";

        // The frozen pool, its manifest and hash.
        List<Member> pool = new ArrayList<>();
        Map<String, Integer> poolByGrade = zeros();
        Set<String> seen = new HashSet<>();
        for (JsonObject p : in.getJsonArray("pool").getValuesAs(JsonObject.class)) {
            String uscc = p.getString("uscc"), grade = p.getString("grade");
            if (!GRADES.contains(grade)) throw new IllegalArgumentException("grade not A-D: " + uscc);
            if (!seen.add(uscc)) throw new IllegalArgumentException("pool lists twice: " + uscc);
            pool.add(new Member(uscc, grade, p.getString("region"), sha256(prefix + uscc)));
            poolByGrade.merge(grade, 1, Integer::sum);
        }
        pool.sort(Comparator.comparing(Member::uscc, BYTE_ORDER));
        StringBuilder manifest = new StringBuilder();
        for (Member m : pool)
            manifest.append(m.uscc()).append(',').append(m.grade()).append('\n');
        String poolHash = sha256(manifest.toString());

        // How many per grade, then the smallest tickets within each grade.
        String mode = in.getString("mode", "RATIO");
        Map<String, Integer> n = switch (mode) {
            case "RATIO" -> ratio(poolByGrade, in.getJsonObject("ratios"));
            case "QUOTA" -> quota(poolByGrade, in.getJsonObject("quota"));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        List<Member> selected = new ArrayList<>();
        for (String g : GRADES) {
            pool.stream()
                    .filter(m -> m.grade().equals(g))
                    .sorted(BY_TICKET)
                    .limit(n.get(g))
                    .forEach(selected::add);
        }
        selected.sort(BY_TICKET);

        // Teams.
        TreeSet<String> agencies = new TreeSet<>(BYTE_ORDER);
        in.getJsonArray("agencies").getValuesAs(JsonString.class).forEach(a -> agencies.add(a.getString()));
        List<Inspector> inspectors = new ArrayList<>();
        for (JsonObject o : in.getJsonArray("inspectors").getValuesAs(JsonObject.class)) {
            List<String> jurisdiction = o.getJsonArray("jurisdiction").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
            inspectors.add(new Inspector(o.getString("code"), o.getString("agency"), jurisdiction, integer(o, "cap")));
        }
        if (inspectors.stream().map(Inspector::code).distinct().count() != inspectors.size()) {
            throw new IllegalArgumentException("an inspector code is listed twice");
        }
        Map<String, Set<String>> barred = new HashMap<>(); // uscc -> conflicted or previous-team inspectors
        for (JsonObject c : in.getJsonArray("conflicts").getValuesAs(JsonObject.class)) {
            barred.computeIfAbsent(c.getString("uscc"), k -> new HashSet<>()).add(c.getString("inspector"));
        }
        for (JsonObject t : in.getJsonArray("previousTeams").getValuesAs(JsonObject.class)) {
            Set<String> set = barred.computeIfAbsent(t.getString("uscc"), k -> new HashSet<>());
            t.getJsonArray("inspectors").getValuesAs(JsonString.class).forEach(s -> set.add(s.getString()));
        }
        JsonObject teamSizes = in.getJsonObject("teamSizes");
        boolean joint = agencies.size() > 1;
        Map<String, Integer> load = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        for (Member t : selected) {
            int m = Math.max(teamSizes.containsKey(t.grade()) ? integer(teamSizes, t.grade()) : 0, 2);
            if (joint) m = Math.max(m, agencies.size());
            Set<String> no = barred.getOrDefault(t.uscc(), Set.of());
            Map<String, String> tickets = new HashMap<>();
            List<Inspector> eligible = new ArrayList<>();
            for (Inspector i : inspectors) {
                if (agencies.contains(i.agency())
                        && i.jurisdiction().stream().anyMatch(t.region()::startsWith)
                        && !no.contains(i.code())
                        && load.getOrDefault(i.code(), 0) < i.cap()) {
                    eligible.add(i);
                    tickets.put(i.code(), sha256(prefix + t.uscc() + ":" + i.code()));
                }
            }
            eligible.sort(Comparator.comparing((Inspector i) -> tickets.get(i.code()))
                    .thenComparing(Inspector::code, BYTE_ORDER));
            List<String> team = new ArrayList<>();
            boolean complete = true;
            if (joint) {
                for (String a : agencies) {
                    Inspector pick = eligible.stream()
                            .filter(i -> i.agency().equals(a))
                            .findFirst()
                            .orElse(null);
                    if (pick == null) {
                        complete = false;
                        break;
                    }
                    team.add(pick.code());
                }
            }
            for (Inspector i : eligible) {
                if (team.size() >= m) break;
                if (!team.contains(i.code())) team.add(i.code());
            }
            complete = complete && team.size() == m;
            if (complete) team.forEach(c -> load.merge(c, 1, Integer::sum));
            targets.add(
                    new Target(t.uscc(), t.grade(), t.ticket(), complete ? List.copyOf(team) : List.of(), complete));
        }
        Map<String, Integer> selectedByGrade = zeros();
        selected.forEach(s -> selectedByGrade.merge(s.grade(), 1, Integer::sum));
        return new Outcome(
                poolHash,
                Collections.unmodifiableMap(poolByGrade),
                Collections.unmodifiableMap(selectedByGrade),
                List.copyOf(targets));
    }

    /** RATIO: n_g = min(N_g, ceil(N_g * bp_g / 10000)); a grade without a ratio is 0. */
    static Map<String, Integer> ratio(Map<String, Integer> pop, JsonObject ratios) {
        Map<String, Integer> n = zeros();
        for (String g : GRADES) {
            long bp = ratios.containsKey(g) ? integer(ratios, g) : 0;
            if (bp < 0 || bp > 10000) throw new IllegalArgumentException("ratio of " + g + " outside 0..10000");
            long big = pop.get(g);
            n.put(g, (int) Math.min(big, (big * bp + 9999) / 10000));
        }
        return n;
    }

    /** QUOTA: largest remainder on shares w_g * N_g, ties D, C, B, A; overfull strata fixed at N_g and the rest redone. */
    static Map<String, Integer> quota(Map<String, Integer> pop, JsonObject quota) {
        long k = integer(quota, "total");
        JsonObject weights = quota.getJsonObject("weights");
        if (k < 0 || k > pop.values().stream().mapToLong(Integer::longValue).sum()) {
            throw new IllegalArgumentException("quota total outside 0..pool size");
        }
        Map<String, BigInteger> share = new HashMap<>();
        for (String g : GRADES) {
            long w = weights.containsKey(g) ? integer(weights, g) : 0;
            if (w < 0) throw new IllegalArgumentException("negative weight for " + g);
            share.put(g, BigInteger.valueOf(w).multiply(BigInteger.valueOf(pop.get(g))));
        }
        Map<String, Integer> n = zeros();
        List<String> open = new ArrayList<>(GRADES);
        while (true) {
            BigInteger total = open.stream().map(share::get).reduce(BigInteger.ZERO, BigInteger::add);
            open.forEach(g -> n.put(g, 0));
            if (total.signum() == 0) break; // no weight left to share: the open strata get none
            Map<String, BigInteger> rest = new HashMap<>();
            long left = k;
            for (String g : open) {
                BigInteger[] qr = BigInteger.valueOf(k).multiply(share.get(g)).divideAndRemainder(total);
                n.put(g, qr[0].intValueExact());
                rest.put(g, qr[1]);
                left -= n.get(g);
            }
            List<String> byRest = new ArrayList<>(open);
            byRest.sort(Comparator.comparing((String g) -> rest.get(g))
                    .reversed()
                    .thenComparing(Comparator.<String>reverseOrder())); // D before C before B before A
            for (int i = 0; i < left; i++) n.merge(byRest.get(i), 1, Integer::sum);
            List<String> over = open.stream().filter(g -> n.get(g) > pop.get(g)).toList();
            if (over.isEmpty()) break;
            for (String g : over) {
                n.put(g, pop.get(g));
                open.remove(g);
                k -= pop.get(g);
            }
        }
        return n;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int integer(JsonObject o, String key) {
        JsonNumber v = o.getJsonNumber(key);
        if (v == null) throw new IllegalArgumentException("missing number " + key);
        return v.intValueExact();
    }

    private static Map<String, Integer> zeros() {
        Map<String, Integer> m = new LinkedHashMap<>();
        GRADES.forEach(g -> m.put(g, 0));
        return m;
    }
}
