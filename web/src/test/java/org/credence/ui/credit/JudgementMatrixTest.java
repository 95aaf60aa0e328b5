package org.credence.ui.credit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementMatrixTest {

    private static JudgementMatrix three() {
        return new JudgementMatrix(
                "CONSUMER_RIGHTS", "Consumer rights", List.of("A", "B", "C"), List.of("a", "b", "c"));
    }

    @Test
    void startsEqualAndItsMirrorFollowsEachJudgement() {
        JudgementMatrix m = three();
        assertEquals(0, m.getConsistencyRatio(), 1e-12);
        assertEquals(1.0 / 3, m.weight(0), 1e-9);
        m.set(0, 1, "3");
        assertEquals("1/3", m.get(1, 0));
        m.set(2, 0, "1/2"); // below the diagonal: stored as its mirror
        assertEquals("2", m.get(0, 2));
        assertArrayEquals(new double[] {1.0 / 3, 1, 1}, m.values()[1], 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 1}, m.values()[2], 1e-12);
    }

    @Test
    void theConsistencyRatioAndTheWorstPairFollowTheJudgementsAsTheyAreTyped() {
        JudgementMatrix m = three();
        m.set(0, 1, "3");
        m.set(0, 2, "2");
        m.set(1, 2, "1/2");
        assertTrue(m.isAcceptable(), "the default model's consumer-rights judgements: CR " + m.getConsistencyRatio());
        assertFalse(m.worst(0, 1), "no pair is marked while the matrix is acceptable");

        m.set(0, 1, "9");
        m.set(0, 2, "1/9");
        m.set(1, 2, "9");
        assertFalse(m.isAcceptable());
        assertTrue(m.getConsistencyRatio() >= 0.10, "CR " + m.getConsistencyRatio());
        int marked = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                marked += m.worst(i, j) ? 1 : 0;
            }
        }
        assertEquals(2, marked, "one pair, marked on both sides of the diagonal");
    }

    @Test
    void storedJudgementsAreReadOntoTheScaleAndAnythingElseIsRefused() {
        JudgementMatrix m = three().fill(new double[][] {{1, 3, 2}, {0.333333, 1, 0.5}, {0.5, 2, 1}});
        assertEquals("3", m.get(0, 1));
        assertEquals("1/2", m.get(1, 2));
        JudgementMatrix wrongShape = three().fill(new double[][] {{1, 2}, {0.5, 1}});
        assertEquals("1", wrongShape.get(0, 1), "a stored matrix of another shape is ignored");
        assertEquals("1/9", JudgementMatrix.onScale(0.1));
        assertEquals("9", JudgementMatrix.onScale(12));
        assertThrows(IllegalArgumentException.class, () -> m.set(0, 1, "10"));
        assertThrows(IllegalArgumentException.class, () -> m.set(0, 1, "0.5"));
    }

    @Test
    void aMatrixOfMoreItemsThanTheRandomIndexCoversIsNotJudgedRatherThanFailingThePage() {
        java.util.List<String> twelve =
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "I" + i).toList();
        JudgementMatrix m = new JudgementMatrix("BIG", "Big", twelve, twelve);
        assertTrue(m.isTooLarge());
        assertFalse(m.isAcceptable());
        assertTrue(Double.isNaN(m.getConsistencyRatio()));
        assertFalse(m.worst(0, 1));
        assertTrue(Double.isNaN(m.getRows().get(0).getWeight()));
    }

    @Test
    void cellsAreEditableAboveTheDiagonalOnly() {
        JudgementMatrix m = three();
        JudgementMatrix.Cell below = m.getRows().get(2).getCells().get(0);
        below.setValue("5");
        assertEquals("1", m.get(2, 0), "a cell below the diagonal shows the mirror and takes nothing");
        m.getRows().get(0).getCells().get(2).setValue("5");
        assertEquals("1/5", below.getValue());
        assertEquals("a : c", m.getRows().get(0).getCells().get(2).getPair());
    }
}
