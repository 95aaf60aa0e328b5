package org.credence.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawMethod;
import org.credence.inspection.control.DrawMethod.Member;

/**
 * The draw's ticket stage (every pool member's SHA-256 ticket and the smallest per grade, as
 * {@link DrawMethod} does it) against the floor: a plain loop of SHA-256 over the same strings
 * ({@code seed:drawKey:USCC}), in the same JVM, alternating, several rounds.
 *
 * <pre>DrawTicketBenchmark JDBC_URL USER DRAW_KEY SEED ROUNDS A B C D</pre>
 * reads the pool (USCC and latest grade under model 1) and selects A, B, C, D targets per grade.
 */
public final class DrawTicketBenchmark {

    private DrawTicketBenchmark() {}

    public static void main(String[] args) throws Exception {
        // (the last line printed is the headline: the stage as the draw runs it, on every core)
        String key = args[2];
        String seed = args[3];
        int rounds = Integer.parseInt(args[4]);
        Map<Grade, Integer> selected = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            selected.put(g, Integer.parseInt(args[5 + g.ordinal()]));
        }
        Map<Grade, List<Member>> strata = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            strata.put(g, new ArrayList<>());
        }
        List<String> strings = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[0], args[1], "");
                Statement sql = db.createStatement()) {
            try (ResultSet rs =
                    sql.executeQuery("select b.uscc, s.grade, b.region_code from business b join credit_score s"
                            + " on s.business_id = b.id and s.model_id = 1")) {
                while (rs.next()) {
                    Member m = new Member(rs.getString(1), Grade.valueOf(rs.getString(2)), rs.getString(3));
                    strata.get(m.grade()).add(m);
                    strings.add(seed + ":" + key + ":" + m.uscc());
                }
            }
        }
        System.out.printf("pool %d%n", strings.size());
        double[] stage = new double[rounds];
        double[] floor = new double[rounds];
        double[] single = new double[rounds];
        // the stage's parallel stream runs inside this one-thread pool: the ticket stage on one core
        java.util.concurrent.ForkJoinPool oneCore = new java.util.concurrent.ForkJoinPool(1);
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            // odd rounds measure the floor first, even rounds the ticket stage first
            double floorSeconds = 0;
            double stageSeconds = 0;
            for (int half = 0; half < 2; half++) {
                boolean floorNow = (half == 0) == (r % 2 == 0);
                long t0 = System.nanoTime();
                if (floorNow) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    for (String s : strings) {
                        sink += sha.digest(s.getBytes(StandardCharsets.UTF_8))[0];
                    }
                    floorSeconds = (System.nanoTime() - t0) / 1e9;
                } else {
                    sink += DrawMethod.ticketStage(seed, key, strata, selected).size();
                    stageSeconds = (System.nanoTime() - t0) / 1e9;
                }
            }
            floor[r] = strings.size() / floorSeconds;
            stage[r] = strings.size() / stageSeconds;
            long t0 = System.nanoTime();
            sink += oneCore.submit(() ->
                            DrawMethod.ticketStage(seed, key, strata, selected).size())
                    .get();
            single[r] = strings.size() / ((System.nanoTime() - t0) / 1e9);
            System.out.printf(
                    "round %d: floor %.0f strings/s, ticket stage %.0f members/s (%.1f %%), on one core %.0f/s (%.1f %%)%n",
                    r + 1, floor[r], stage[r], 100 * stage[r] / floor[r], single[r], 100 * single[r] / floor[r]);
        }
        // the first third of the rounds warms the JIT up; report the medians of the rest, and of the
        // per-round ratios (each round measures both back to back, so a slow moment hits both)
        int from = rounds / 3;
        double[] f = Arrays.copyOfRange(floor, from, rounds);
        double[] s = Arrays.copyOfRange(stage, from, rounds);
        double[] ratio = new double[rounds - from];
        for (int r = from; r < rounds; r++) {
            ratio[r - from] = stage[r] / floor[r];
        }
        double[] ratioOne = new double[rounds - from];
        for (int r = from; r < rounds; r++) {
            ratioOne[r - from] = single[r] / floor[r];
        }
        Arrays.sort(f);
        Arrays.sort(s);
        Arrays.sort(ratio);
        Arrays.sort(ratioOne);
        System.out.printf("on one core: median per-round ratio %.1f %%%n", 100 * ratioOne[ratioOne.length / 2]);
        System.out.printf(
                "median floor %.0f/s, median ticket stage %.0f/s, median per-round ratio %.1f %% (sink %d)%n",
                f[f.length / 2], s[s.length / 2], 100 * ratio[ratio.length / 2], sink);
    }
}
