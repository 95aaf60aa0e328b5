package org.credence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.credence.it.IndependentDraw.Outcome;
import org.credence.it.IndependentDraw.Target;
import org.junit.jupiter.api.Test;

/**
 * The independent draw-v1 recomputation, checked against numbers worked out by hand from the method
 * description. Hash literals were computed outside Java, e.g. {@code printf '%s' 'seed:key:x' | sha256sum}.
 */
class IndependentDrawTest {

    static final String SEED = "s3cr3t:beacon-42";
    static final String KEY = "2026-P0001-001";
    static final String AAA = "91110105MA01AAAAAA"; // ticket 78a2fb9a...
    static final String CCC = "91110105MA01CCCCCC"; // ticket 8f5e5eda..., after AAA

    @Test
    void ticketsAreSha256OfSeedKeyAndSubject() {
        assertEquals(
                "78a2fb9ac3eafb2eba64e6e62d7c502522e61db59c6fe7ee754b9977a1ce5555",
                IndependentDraw.sha256(SEED + ":" + KEY + ":" + AAA));
        assertEquals(
                "31223323549cf01d6ec638592d2f8d6df33b0ada7e4002c211d698d1a897ac11",
                IndependentDraw.sha256(SEED + ":" + KEY + ":" + AAA + ":SAMR-0001"));
        // Ratio 50 % of 2 selects the one with the smaller ticket, whatever the row order.
        Outcome o = recompute(
                ratio(0, 5000, 0, 0),
                List.of("SAMR"),
                pool(member(CCC, "B"), member(AAA, "B")),
                Json.createArrayBuilder());
        assertEquals(1, o.targets().size());
        assertEquals(
                new Target(
                        AAA, "B", "78a2fb9ac3eafb2eba64e6e62d7c502522e61db59c6fe7ee754b9977a1ce5555", List.of(), false),
                o.targets().get(0));
    }

    @Test
    void poolHashIsOverTheSortedManifest() {
        Outcome o = recompute(
                ratio(0, 0, 0, 0),
                List.of("SAMR"),
                pool(member("91310000MA1BBBBBBB", "D"), member(AAA, "B")),
                Json.createArrayBuilder());
        // printf '91110105MA01AAAAAA,B\n91310000MA1BBBBBBB,D\n' | sha256sum
        assertEquals("66196cdc8b5dc58ba50cfadb7aee66f1ef06ac622809d8eef04b2da415ec0ca7", o.poolHash());
        assertEquals(Map.of("A", 0, "B", 1, "C", 0, "D", 1), o.poolByGrade());
        assertEquals(Map.of("A", 0, "B", 0, "C", 0, "D", 0), o.selectedByGrade());
    }

    @Test
    void ratioRoundsUpInIntegers() {
        // A: 7 x 10 % = 0.7 -> 1; B: 11 x 10 % = 1.1 -> 2; C: 10 x 10 % = 1 exactly; D: 3 x 100 % = 3, all of them.
        assertEquals(grades(1, 2, 1, 3), selected(ratio(1000, 1000, 1000, 10000), 7, 11, 10, 3));
        // 0.01 % of 1 still rounds up to 1; 0 selects none.
        assertEquals(grades(1, 0, 0, 0), selected(ratio(1, 0, 0, 0), 1, 5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> selected(ratio(10001, 0, 0, 0), 1, 0, 0, 0));
    }

    @Test
    void quotaLargestRemainderWithTiesToTheRiskierGrade() {
        // N = 20, 10, 10, 5; w = 1, 2, 5, 10 -> s = 20, 20, 50, 50, S = 140.
        // k = 10: k*s = 200, 200, 500, 500 -> floors 1, 1, 3, 3 (8), remainders 60, 60, 80, 80: C and D tie, both get
        // one.
        assertEquals(grades(1, 1, 4, 4), selected(quota(10, 1, 2, 5, 10), 20, 10, 10, 5));
        // k = 9: k*s = 180, 180, 450, 450 -> floors 1, 1, 3, 3 (8), remainders 40, 40, 30, 30: A and B tie for one
        // seat: B.
        assertEquals(grades(1, 2, 3, 3), selected(quota(9, 1, 2, 5, 10), 20, 10, 10, 5));
        // All equal, k = 2: every remainder is 20 of 40: D first, then C.
        assertEquals(grades(0, 0, 1, 1), selected(quota(2, 1, 1, 1, 1), 10, 10, 10, 10));
    }

    @Test
    void quotaFixesAnOverfullStratumAndRedoesTheRest() {
        // N = 100, 100, 100, 2; w = 1, 1, 1, 20 -> s = 100, 100, 100, 40, S = 340; k = 30.
        // k*s = 3000 x3, 1200 -> floors 8, 8, 8, 3 (27), remainders 280 x3, 180 -> A, B, C: 9, 9, 9, 3.
        // D: 3 > 2, so D = 2, k = 28 on A, B, C: S = 300, 2800 each -> 9 r 100 each, one left: C. -> 9, 9, 10, 2.
        assertEquals(grades(9, 9, 10, 2), selected(quota(30, 1, 1, 1, 20), 100, 100, 100, 2));
        // Weight only on D, which is too small: D = 2, then no weight is left for k = 2 (our reading: none more).
        assertEquals(grades(0, 0, 0, 2), selected(quota(4, 0, 0, 0, 1), 5, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> selected(quota(8, 1, 1, 1, 1), 1, 1, 1, 1));
    }

    @Test
    void eligibilityAndTeamSizeNeverBelowTwo() {
        // Inspector tickets for AAA, ascending: SAMR-0005 04a0, CAC-0001 2acf, SAMR-0001 3122, SAMR-0006 38fb,
        // SAMR-0003 4696, SAMR-0004 4a15, SAMR-0002 58b6, SAMR-0007 f828.
        JsonArrayBuilder inspectors = Json.createArrayBuilder()
                .add(inspector("SAMR-0005", "SAMR", 5, "3101")) // does not cover 110105
                .add(inspector("CAC-0001", "CAC", 5, "11")) // not a plan agency
                .add(inspector("SAMR-0001", "SAMR", 5, "11")) // declared conflict
                .add(inspector("SAMR-0006", "SAMR", 0, "11")) // cap 0
                .add(inspector("SAMR-0003", "SAMR", 5, "11")) // was on the previous team
                .add(inspector("SAMR-0004", "SAMR", 5, "11"))
                .add(inspector("SAMR-0002", "SAMR", 5, "3101", "110105"))
                .add(inspector("SAMR-0007", "SAMR", 5, "1101"));
        JsonObject in = inputs(
                        ratio(0, 10000, 0, 0), Map.of("B", 1), List.of("SAMR"), pool(member(AAA, "B")), inspectors)
                .add(
                        "conflicts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("inspector", "SAMR-0001")
                                        .add("uscc", AAA)))
                .add(
                        "previousTeams",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("uscc", AAA)
                                        .add(
                                                "inspectors",
                                                Json.createArrayBuilder().add("SAMR-0003"))))
                .build();
        Target t = IndependentDraw.recompute(in).targets().get(0);
        assertTrue(t.staffed());
        assertEquals(List.of("SAMR-0004", "SAMR-0002"), t.team());
    }

    @Test
    void jointPlanTakesOnePerAgencyInCodeOrderThenSmallestTickets() {
        // For AAA: CAC-0002 0743, TAX-0001 1561, CAC-0001 2acf, SAMR-0001 3122, SAMR-0003 4696, SAMR-0002 58b6.
        JsonArray inspectors = Json.createArrayBuilder()
                .add(inspector("SAMR-0001", "SAMR", 5, "11"))
                .add(inspector("SAMR-0002", "SAMR", 5, "11"))
                .add(inspector("SAMR-0003", "SAMR", 5, "11"))
                .add(inspector("CAC-0001", "CAC", 5, "11"))
                .add(inspector("CAC-0002", "CAC", 5, "11"))
                .build();
        // Two agencies, 3 seats: CAC's best, SAMR's best, then the smallest remaining ticket (CAC-0001).
        Target t = recompute(
                        ratio(0, 10000, 0, 0),
                        Map.of("B", 3),
                        List.of("SAMR", "CAC"),
                        pool(member(AAA, "B")),
                        Json.createArrayBuilder(inspectors))
                .targets()
                .get(0);
        assertEquals(List.of("CAC-0002", "SAMR-0001", "CAC-0001"), t.team());

        // Three agencies (given out of order), team size 2 raised to 3; TAX has nobody eligible: UNSTAFFED.
        Target u = recompute(
                        ratio(0, 10000, 0, 0),
                        Map.of("B", 2),
                        List.of("TAX", "SAMR", "CAC"),
                        pool(member(AAA, "B")),
                        Json.createArrayBuilder(inspectors))
                .targets()
                .get(0);
        assertFalse(u.staffed());
        assertEquals(List.of(), u.team());

        Target v = recompute(
                        ratio(0, 10000, 0, 0),
                        Map.of("B", 2),
                        List.of("TAX", "SAMR", "CAC"),
                        pool(member(AAA, "B")),
                        Json.createArrayBuilder(inspectors).add(inspector("TAX-0001", "TAX", 5, "11")))
                .targets()
                .get(0);
        assertEquals(List.of("CAC-0002", "SAMR-0001", "TAX-0001"), v.team());
    }

    @Test
    void unstaffedTargetChangesNobodysLoad() {
        // AAA is staffed first (ticket 78a2 < 8f5e). SAMR-0002 has a conflict with AAA, so AAA has one eligible
        // inspector for two seats: UNSTAFFED. Both have cap 1; CCC still gets both (d9c3 SAMR-0002, e734 SAMR-0001).
        JsonArrayBuilder inspectors = Json.createArrayBuilder()
                .add(inspector("SAMR-0001", "SAMR", 1, "11"))
                .add(inspector("SAMR-0002", "SAMR", 1, "11"));
        JsonObject in = inputs(
                        ratio(0, 10000, 0, 0),
                        Map.of("B", 2),
                        List.of("SAMR"),
                        pool(member(CCC, "B"), member(AAA, "B")),
                        inspectors)
                .add(
                        "conflicts",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("inspector", "SAMR-0002")
                                        .add("uscc", AAA)))
                .add("previousTeams", JsonValue.EMPTY_JSON_ARRAY)
                .build();
        List<Target> targets = IndependentDraw.recompute(in).targets();
        assertEquals(List.of(AAA, CCC), targets.stream().map(Target::uscc).toList());
        assertFalse(targets.get(0).staffed());
        assertEquals(List.of(), targets.get(0).team());
        assertTrue(targets.get(1).staffed());
        assertEquals(List.of("SAMR-0002", "SAMR-0001"), targets.get(1).team());
    }

    @Test
    void rowOrderDoesNotMatter() {
        Random random = new Random(7);
        List<JsonObject> members = new ArrayList<>(), inspectors = new ArrayList<>(), conflicts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String uscc = String.format("9111%02d05MA%08d", i % 3, i);
            members.add(Json.createObjectBuilder()
                    .add("uscc", uscc)
                    .add("grade", "ABCD".substring(i % 4, i % 4 + 1))
                    .add("region", "11" + (i % 3) + "105")
                    .build());
            if (i % 7 == 0)
                conflicts.add(Json.createObjectBuilder()
                        .add("inspector", "SAMR-000" + (i % 5))
                        .add("uscc", uscc)
                        .build());
        }
        for (int i = 0; i < 10; i++) {
            inspectors.add(inspector(
                            (i % 2 == 0 ? "SAMR-000" : "CAC-000") + (i / 2),
                            i % 2 == 0 ? "SAMR" : "CAC",
                            3,
                            i % 3 == 0 ? "1101" : "11")
                    .build());
        }
        Outcome first = null;
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(members, random);
            Collections.shuffle(inspectors, random);
            Collections.shuffle(conflicts, random);
            JsonObject in = inputs(
                            ratio(2500, 3000, 5000, 10000),
                            Map.of("A", 2, "D", 3),
                            List.of("SAMR", "CAC"),
                            Json.createArrayBuilder(members),
                            Json.createArrayBuilder(inspectors))
                    .add("conflicts", Json.createArrayBuilder(conflicts))
                    .add("previousTeams", JsonValue.EMPTY_JSON_ARRAY)
                    .build();
            Outcome o = IndependentDraw.recompute(in);
            if (first == null) first = o;
            assertEquals(first, o);
        }
        assertEquals(grades(4, 5, 8, 15), first.selectedByGrade());
        assertTrue(first.targets().stream().anyMatch(Target::staffed));
        assertTrue(first.targets().stream().anyMatch(t -> !t.staffed()));
    }

    // ---- building inputs ----

    static Map<String, Integer> grades(int a, int b, int c, int d) {
        return Map.of("A", a, "B", b, "C", c, "D", d);
    }

    static JsonObjectBuilder ratio(int a, int b, int c, int d) {
        return Json.createObjectBuilder()
                .add("mode", "RATIO")
                .add(
                        "ratios",
                        Json.createObjectBuilder()
                                .add("A", a)
                                .add("B", b)
                                .add("C", c)
                                .add("D", d));
    }

    static JsonObjectBuilder quota(int total, int a, int b, int c, int d) {
        return Json.createObjectBuilder()
                .add("mode", "QUOTA")
                .add(
                        "quota",
                        Json.createObjectBuilder()
                                .add("total", total)
                                .add(
                                        "weights",
                                        Json.createObjectBuilder()
                                                .add("A", a)
                                                .add("B", b)
                                                .add("C", c)
                                                .add("D", d)));
    }

    /** selectedByGrade for a pool of the given size per grade. */
    static Map<String, Integer> selected(JsonObjectBuilder mode, int... sizes) {
        JsonArrayBuilder pool = Json.createArrayBuilder();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < sizes[g]; i++)
                pool.add(member(String.format("91110105MA%c%07d", 'A' + g, i), "ABCD".substring(g, g + 1)));
        }
        Outcome o = recompute(mode, List.of("SAMR"), pool, Json.createArrayBuilder());
        return o.selectedByGrade();
    }

    static JsonObjectBuilder member(String uscc, String grade) {
        return Json.createObjectBuilder().add("uscc", uscc).add("grade", grade).add("region", "110105");
    }

    static JsonArrayBuilder pool(JsonObjectBuilder... members) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonObjectBuilder m : members) a.add(m);
        return a;
    }

    static JsonObjectBuilder inspector(String code, String agency, int cap, String... jurisdiction) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("agency", agency)
                .add("cap", cap)
                .add("jurisdiction", Json.createArrayBuilder(List.of(jurisdiction)));
    }

    static JsonObjectBuilder inputs(
            JsonObjectBuilder mode,
            Map<String, Integer> teamSizes,
            List<String> agencies,
            JsonArrayBuilder pool,
            JsonArrayBuilder inspectors) {
        JsonObjectBuilder sizes = Json.createObjectBuilder();
        teamSizes.forEach(sizes::add);
        return Json.createObjectBuilder(mode.build())
                .add("method", "draw-v1")
                .add("drawKey", KEY)
                .add("seed", SEED)
                .add("teamSizes", sizes)
                .add("agencies", Json.createArrayBuilder(agencies))
                .add("pool", pool)
                .add("inspectors", inspectors);
    }

    static Outcome recompute(
            JsonObjectBuilder mode, List<String> agencies, JsonArrayBuilder pool, JsonArrayBuilder inspectors) {
        return recompute(mode, Map.of(), agencies, pool, inspectors);
    }

    static Outcome recompute(
            JsonObjectBuilder mode,
            Map<String, Integer> teamSizes,
            List<String> agencies,
            JsonArrayBuilder pool,
            JsonArrayBuilder inspectors) {
        return IndependentDraw.recompute(inputs(mode, teamSizes, agencies, pool, inspectors)
                .add("conflicts", JsonValue.EMPTY_JSON_ARRAY)
                .add("previousTeams", JsonValue.EMPTY_JSON_ARRAY)
                .build());
    }
}
