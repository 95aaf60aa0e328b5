package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawMethod.Inputs;
import org.credence.inspection.control.DrawMethod.Inspector;
import org.credence.inspection.control.DrawMethod.Member;
import org.credence.inspection.control.DrawMethod.Outcome;
import org.credence.inspection.control.DrawMethod.Rules;
import org.credence.inspection.control.DrawMethod.Target;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Scope;
import org.junit.jupiter.api.Test;

class DrawMethodTest {

    static Map<Grade, Integer> grades(int a, int b, int c, int d) {
        Map<Grade, Integer> m = new EnumMap<>(Grade.class);
        m.put(Grade.A, a);
        m.put(Grade.B, b);
        m.put(Grade.C, c);
        m.put(Grade.D, d);
        return m;
    }

    static final Map<Grade, Integer> TEAMS = grades(2, 2, 2, 3);

    static Rules ratio(Map<Grade, Integer> bp, String... agencies) {
        return new Rules(DrawMode.RATIO, bp, 0, null, TEAMS, List.of(agencies));
    }

    static List<Member> pool(int a, int b, int c, int d) {
        List<Member> pool = new ArrayList<>();
        int[] counts = {a, b, c, d};
        int n = 0;
        for (Grade g : Grade.values()) {
            for (int i = 0; i < counts[g.ordinal()]; i++) {
                pool.add(new Member(String.format("91330106MA%08d", n++), g, "330106"));
            }
        }
        return pool;
    }

    static List<Inspector> inspectors(String agency, int n, int cap) {
        List<Inspector> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Inspector(String.format("%s-%03d", agency, i), agency, List.of("33"), cap));
        }
        return list;
    }

    static Inputs inputs(Rules rules, List<Member> pool, List<Inspector> inspectors) {
        return new Inputs("2026-P0001-001", "ab".repeat(32), rules, pool, inspectors, Map.of(), Map.of());
    }

    @Test
    void ratioRoundsUpInIntegersAndNeverExceedsTheStratum() {
        assertEquals(grades(1, 1, 2, 3), DrawMethod.ratio(grades(100, 200, 1000, 3000), grades(7, 50, 11, 10)));
        assertEquals(grades(0, 0, 0, 10), DrawMethod.ratio(grades(0, 0, 0, 10000), grades(7, 50, 11, 10)));
        assertEquals(grades(1, 0, 0, 0), DrawMethod.ratio(grades(1, 1, 1, 1), grades(1, 0, 0, 0)));
    }

    @Test
    void quotaLargestRemainderBreaksTiesTowardsTheRiskierGrade() {
        // k=3, equal weights and sizes: each share is 3/4 -> floors 0, all remainders equal: D, C, B get the seats
        assertEquals(grades(0, 1, 1, 1), DrawMethod.quota(3, grades(1, 1, 1, 1), grades(10, 10, 10, 10)));
        // k=10, weights 1,2,5,10 over 100 each: S=1800; floors 0,1,2,5 = 8; remainders 1000,200,1400,1000 -> C then D
        // (tie with A, D riskier)
        assertEquals(grades(0, 1, 3, 6), DrawMethod.quota(10, grades(1, 2, 5, 10), grades(100, 100, 100, 100)));
    }

    @Test
    void quotaCapsAStratumAtItsSizeAndSharesTheRestAgain() {
        // k=30, weights 1,1,1,20, sizes 100,100,100,2: D's share 30*40/340 = 3.5 > 2 -> D = 2, then 28 over A, B, C
        // (S=300: 9 each, 1 leftover, equal remainders -> C)
        assertEquals(grades(9, 9, 10, 2), DrawMethod.quota(30, grades(1, 1, 1, 20), grades(100, 100, 100, 2)));
        // all of the pool
        assertEquals(grades(3, 0, 1, 2), DrawMethod.quota(6, grades(1, 0, 1, 1), grades(3, 5, 1, 2)));
    }

    @Test
    void quotaIsExactWherePlainLongProductsWouldOverflow() {
        // k * w_D * N_D = 3e8 * 1e4 * 2e8 = 6e20 > 2^63: S = 3.9998e12; floors 150007500 (D) and 149992499 (A),
        // remainders 1.5e12 (D) and 2.4998e12 (A): the one leftover seat goes to A
        assertEquals(
                grades(149_992_500, 0, 0, 150_007_500),
                DrawMethod.quota(300_000_000, grades(9999, 0, 0, 10000), grades(200_000_000, 0, 0, 200_000_000)));
    }

    @Test
    void aRatioThatRoundsUpAboveAGeneralItemsMaximumIsCaughtOnTheRealPool() {
        Item general = new Item(1, "GEN-1", "general", "law", 1, "SAMR", "GENERAL", "ON_SITE", Scope.ANY, 1000, 1, 0);
        Item key = new Item(2, "KEY-1", "key", "law", 1, "SAMR", "KEY", "ON_SITE", Scope.ANY, null, 1, 0);
        Rules tenPercent = ratio(grades(1000, 1000, 1000, 1000));
        // 10 % of 3 rounds up to 1 of 3 (33 %): above the item's 10 %, although the plan's ratio equals it
        org.credence.platform.Message problem =
                DrawRules.ratioProblem(tenPercent, List.of(general), grades(100, 3, 0, 0));
        assertEquals("cal.ratio-rounds-above-item-maximum", problem.key());
        assertEquals("B", problem.args().get(0));
        assertTrue(problem.english().contains("1 of 3"), problem.english());
        // the same pool drawn for a key item only, or a pool whose every stratum divides evenly: nothing to refuse
        assertEquals(null, DrawRules.ratioProblem(tenPercent, List.of(key), grades(100, 3, 0, 0)));
        assertEquals(null, DrawRules.ratioProblem(tenPercent, List.of(general, key), grades(100, 30, 0, 10)));
    }

    @Test
    void ticketsAreSha256OfSeedKeyAndCode() throws Exception {
        DrawMethod.Tickets tickets = new DrawMethod.Tickets("s", "k");
        byte[] expected =
                java.security.MessageDigest.getInstance("SHA-256").digest("s:k:x".getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(expected), tickets.hex("x"));
        assertEquals(tickets.hex("x"), tickets.hex("x"), "the digest is reset between tickets");
    }

    @Test
    void theSameInputsGiveTheSameDrawWhateverTheRowOrder() {
        List<Member> pool = pool(50, 40, 30, 20);
        List<Inspector> staff = inspectors("SAMR", 12, 5);
        Outcome first = DrawMethod.draw(inputs(ratio(grades(1000, 2000, 3000, 5000), "SAMR"), pool, staff));
        List<Member> shuffled = new ArrayList<>(pool);
        List<Inspector> shuffledStaff = new ArrayList<>(staff);
        Collections.shuffle(shuffled, new Random(1));
        Collections.shuffle(shuffledStaff, new Random(2));
        Outcome second =
                DrawMethod.draw(inputs(ratio(grades(1000, 2000, 3000, 5000), "SAMR"), shuffled, shuffledStaff));
        assertEquals(first, second);
        assertEquals(grades(5, 8, 9, 10), first.selectedByGrade());
        Outcome otherSeed = DrawMethod.draw(new Inputs(
                "2026-P0001-001",
                "cd".repeat(32),
                ratio(grades(1000, 2000, 3000, 5000), "SAMR"),
                pool,
                staff,
                Map.of(),
                Map.of()));
        assertNotEquals(first.targets(), otherSeed.targets());
    }

    @Test
    void aBusinessTicketDoesNotDependOnTheRestOfThePool() {
        List<Member> pool = pool(0, 0, 0, 20);
        Outcome all = DrawMethod.draw(inputs(ratio(grades(0, 0, 0, 10000), "SAMR"), pool, List.of()));
        Outcome half = DrawMethod.draw(inputs(ratio(grades(0, 0, 0, 10000), "SAMR"), pool.subList(0, 10), List.of()));
        for (Target t : half.targets()) {
            assertTrue(all.targets().stream()
                    .anyMatch(o -> o.uscc().equals(t.uscc()) && o.ticket().equals(t.ticket())));
        }
    }

    @Test
    void targetsAreTheSmallestTicketsOfTheirGradeStaffedInTicketOrder() {
        Outcome o = DrawMethod.draw(
                inputs(ratio(grades(5000, 0, 0, 0), "SAMR"), pool(10, 10, 0, 0), inspectors("SAMR", 4, 10)));
        DrawMethod.Tickets tickets = new DrawMethod.Tickets("ab".repeat(32), "2026-P0001-001");
        List<String> smallest = pool(10, 0, 0, 0).stream()
                .map(m -> tickets.hex(m.uscc()))
                .sorted()
                .limit(5)
                .toList();
        assertEquals(smallest, o.targets().stream().map(Target::ticket).toList());
        for (Target t : o.targets()) {
            assertEquals(Grade.A, t.grade());
            assertEquals(2, t.team().size());
        }
    }

    @Test
    void aJointTeamHasOneInspectorPerAgencyFirstThenTheSmallestTickets() {
        List<Inspector> staff = new ArrayList<>(inspectors("SAMR", 5, 100));
        staff.addAll(inspectors("CAC", 5, 100));
        staff.addAll(inspectors("MPS", 5, 100));
        Map<Grade, Integer> teams = grades(2, 2, 2, 4);
        Rules joint = new Rules(
                DrawMode.RATIO, grades(10000, 10000, 10000, 10000), 0, null, teams, List.of("SAMR", "CAC", "MPS"));
        Outcome o = DrawMethod.draw(inputs(joint, pool(3, 0, 0, 3), staff));
        DrawMethod.Tickets tickets = new DrawMethod.Tickets("ab".repeat(32), "2026-P0001-001");
        for (Target t : o.targets()) {
            int size = t.grade() == Grade.D ? 4 : 3; // max(team size, number of agencies)
            assertEquals(size, t.team().size(), t.toString());
            // seats 1-3: the smallest ticket of CAC, MPS, SAMR in code order
            List<String> agencies = List.of("CAC", "MPS", "SAMR");
            for (int i = 0; i < 3; i++) {
                String agency = agencies.get(i);
                String best = staff.stream()
                        .filter(s -> s.agency().equals(agency))
                        .map(Inspector::code)
                        .min((x, y) -> tickets.hex(t.uscc() + ":" + x).compareTo(tickets.hex(t.uscc() + ":" + y)))
                        .orElseThrow();
                assertEquals(best, t.team().get(i));
            }
            assertEquals(size, Set.copyOf(t.team()).size(), "nobody sits twice");
        }
    }

    @Test
    void unstaffedWhenTooFewAreEligibleAndNobodysLoadChanges() {
        // two inspectors with a cap of one assignment each: the first target takes both, the second finds none
        List<Inspector> two = inspectors("SAMR", 2, 1);
        Outcome o = DrawMethod.draw(inputs(ratio(grades(10000, 0, 0, 0), "SAMR"), pool(2, 0, 0, 0), two));
        assertTrue(o.targets().get(0).staffed());
        assertFalse(o.targets().get(1).staffed());
        assertEquals("0 eligible inspectors for a team of 2", o.targets().get(1).unstaffedReason());

        // a grade-D target needs 3 but only 2 are eligible: UNSTAFFED, and the grade-A target after it is still staffed
        List<Member> pool = pool(1, 0, 0, 1);
        Outcome d = DrawMethod.draw(inputs(ratio(grades(10000, 0, 0, 10000), "SAMR"), pool, inspectors("SAMR", 2, 1)));
        Target dTarget = d.targets().stream()
                .filter(t -> t.grade() == Grade.D)
                .findFirst()
                .orElseThrow();
        Target aTarget = d.targets().stream()
                .filter(t -> t.grade() == Grade.A)
                .findFirst()
                .orElseThrow();
        assertFalse(dTarget.staffed());
        assertTrue(aTarget.staffed(), "the UNSTAFFED target took nobody's capacity");
    }

    @Test
    void conflictsJurisdictionAndThePreviousTeamAreRespected() {
        List<Member> pool = List.of(new Member("91330106MA00000001", Grade.C, "330106"));
        List<Inspector> staff = List.of(
                new Inspector("S-1", "SAMR", List.of("33"), 5),
                new Inspector("S-2", "SAMR", List.of("3301"), 5),
                new Inspector("S-3", "SAMR", List.of("11"), 5),
                new Inspector("S-4", "SAMR", List.of("330106"), 5),
                new Inspector("S-5", "SAMR", List.of("33"), 5));
        Inputs in = new Inputs(
                "K",
                "seed",
                ratio(grades(0, 0, 10000, 0), "SAMR"),
                pool,
                staff,
                Map.of("S-1", Set.of("91330106MA00000001")),
                Map.of("91330106MA00000001", Set.of("S-2")));
        Target t = DrawMethod.draw(in).targets().get(0);
        // S-1 has a conflict, S-2 was on the previous team, S-3's jurisdiction is Beijing: S-4 and S-5 remain
        assertEquals(Set.of("S-4", "S-5"), Set.copyOf(t.team()));
    }

    @Test
    void thePoolHashIsTheSha256OfTheSortedManifest() throws Exception {
        List<Member> pool = List.of(new Member("B", Grade.D, "1"), new Member("A", Grade.A, "1"));
        byte[] manifest = "A,A\nB,D\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(manifest)),
                DrawMethod.poolHash(pool));
    }

    @Test
    void quickselectFindsTheKthSmallestLikeASort() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[1 + random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(5) == 0 ? 42 : random.nextLong(); // with many duplicates
            }
            long[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = random.nextInt(values.length);
            assertEquals(sorted[k], DrawMethod.kthSmallest(values.clone(), k));
        }
    }

    @Test
    void theSelectionEqualsSortingEveryTicket() {
        DrawMethod.Tickets tickets = new DrawMethod.Tickets("ab".repeat(32), "2026-P0001-001");
        List<Member> pool = pool(0, 0, 0, 60_000); // large enough to be hashed on every core
        for (int count : new int[] {1, 7, 500, 59_999, 60_000}) {
            List<String> expected = pool.stream()
                    .map(m -> tickets.hex(m.uscc()))
                    .sorted()
                    .limit(count)
                    .toList();
            Map<Grade, List<Member>> strata = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                strata.put(g, g == Grade.D ? pool : List.of());
            }
            List<String> got =
                    DrawMethod.ticketStage("ab".repeat(32), "2026-P0001-001", strata, grades(0, 0, 0, count)).stream()
                            .map(t -> HexFormat.of().formatHex(t.digest()))
                            .toList();
            assertEquals(expected, got, "count " + count);
        }
    }
}
