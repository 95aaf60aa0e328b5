package org.credence.ui.credit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.credence.credit.control.Ahp;

/**
 * One AHP matrix as an administrator fills it in: a judgement on Saaty's scale for each pair above the
 * diagonal (the mirror is its reciprocal), with the weights, the consistency ratio and the most
 * inconsistent pair recomputed on every change by the same {@link Ahp} that derives the stored weights.
 */
public final class JudgementMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Saaty's scale as offered: "row item is 9 times as important as the column item" down to 1/9. */
    public static final List<String> SCALE = List.of(
            "9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9");

    private final String key;
    private final String label;
    private final List<String> items;
    private final List<String> itemLabels;
    private final String[][] judgements;
    private transient Ahp.Result result;

    /** An all-equal matrix (every judgement 1) over the items, in their order. */
    public JudgementMatrix(String key, String label, List<String> items, List<String> itemLabels) {
        this.key = key;
        this.label = label;
        this.items = List.copyOf(items);
        this.itemLabels = List.copyOf(itemLabels);
        int n = items.size();
        judgements = new String[n][n];
        for (String[] row : judgements) {
            java.util.Arrays.fill(row, "1");
        }
    }

    /** Takes judgements from a stored matrix (row over column), each rounded to the nearest scale value. */
    public JudgementMatrix fill(double[][] values) {
        if (values == null || values.length != size()) {
            return this;
        }
        for (int i = 0; i < size(); i++) {
            if (values[i] == null || values[i].length != size()) {
                return this;
            }
        }
        for (int i = 0; i < size(); i++) {
            for (int j = i + 1; j < size(); j++) {
                set(i, j, onScale(values[i][j]));
            }
        }
        return this;
    }

    /** The scale value nearest to a judgement: a whole number from 1 to 9 or its reciprocal. */
    static String onScale(double value) {
        if (!(value > 0)) {
            return "1";
        }
        long whole = Math.round(value >= 1 ? value : 1 / value);
        whole = Math.max(1, Math.min(9, whole));
        return whole == 1 ? "1" : value >= 1 ? String.valueOf(whole) : "1/" + whole;
    }

    static double value(String judgement) {
        if (!SCALE.contains(judgement)) {
            throw new IllegalArgumentException("not on Saaty's scale: " + judgement);
        }
        return judgement.startsWith("1/")
                ? 1.0 / Integer.parseInt(judgement.substring(2))
                : Integer.parseInt(judgement);
    }

    /** Sets the judgement of item i over item j (i above the diagonal or below: the mirror follows). */
    public void set(int i, int j, String judgement) {
        value(judgement);
        if (i == j) {
            return;
        }
        if (i > j) {
            set(j, i, reciprocal(judgement));
            return;
        }
        judgements[i][j] = judgement;
        judgements[j][i] = reciprocal(judgement);
        result = null;
    }

    public String get(int i, int j) {
        return judgements[i][j];
    }

    static String reciprocal(String judgement) {
        return judgement.equals("1") ? "1" : judgement.startsWith("1/") ? judgement.substring(2) : "1/" + judgement;
    }

    /** The matrix as numbers, row over column, as the weights service takes it. */
    public double[][] values() {
        int n = size();
        double[][] values = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                values[i][j] = i == j ? 1 : value(judgements[i][j]);
            }
        }
        return values;
    }

    /** Whether the matrix has more items than AHP's random index covers (it then cannot be judged here). */
    public boolean isTooLarge() {
        return size() > Ahp.MAX_SIZE;
    }

    /** Weights, CR and the worst pair of the judgements as they stand. */
    public Ahp.Result result() {
        if (result == null) {
            result = Ahp.weigh(values());
        }
        return result;
    }

    public boolean isAcceptable() {
        return !isTooLarge() && result().acceptable();
    }

    public double getConsistencyRatio() {
        return isTooLarge() ? Double.NaN : result().consistencyRatio();
    }

    /** Whether the pair (i, j), either way round, is the judgement furthest from the weights (when refused). */
    public boolean worst(int i, int j) {
        if (size() < 3 || isTooLarge() || isAcceptable()) {
            return false;
        }
        Ahp.Result r = result();
        return (r.worstRow() == i && r.worstColumn() == j) || (r.worstRow() == j && r.worstColumn() == i);
    }

    /** The rows as a page iterates them: each row's cells, editable above the diagonal. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            rows.add(new Row(i));
        }
        return rows;
    }

    public int size() {
        return items.size();
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public List<String> getItems() {
        return items;
    }

    public List<String> getItemLabels() {
        return itemLabels;
    }

    /** The weight the judgements give item i (NaN for a matrix too large to judge). */
    public double weight(int i) {
        return isTooLarge() ? Double.NaN : result().weights()[i];
    }

    /** A row of the matrix for the page. */
    public final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;

        Row(int index) {
            this.index = index;
        }

        public int getIndex() {
            return index;
        }

        public String getItem() {
            return items.get(index);
        }

        public String getItemLabel() {
            return itemLabels.get(index);
        }

        public double getWeight() {
            return weight(index);
        }

        public List<Cell> getCells() {
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j < size(); j++) {
                cells.add(new Cell(index, j));
            }
            return cells;
        }
    }

    /** A cell: editable above the diagonal, the reciprocal below it, 1 on it. */
    public final class Cell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final int column;

        Cell(int row, int column) {
            this.row = row;
            this.column = column;
        }

        public boolean isEditable() {
            return column > row;
        }

        public boolean isWorst() {
            return worst(row, column);
        }

        public String getValue() {
            return row == column ? "1" : get(row, column);
        }

        public void setValue(String value) {
            if (isEditable() && value != null) {
                set(row, column, value);
            }
        }

        /** "row item over column item", for the field's label. */
        public String getPair() {
            return itemLabels.get(row) + " : " + itemLabels.get(column);
        }
    }
}
