package org.credence.ui.export;

/**
 * Text for a spreadsheet cell that a spreadsheet program will show, never evaluate: a value that
 * begins with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some
 * programs skip before such a sign) is prefixed with an apostrophe, so a business name or a record's
 * text cannot become a formula in the reader's spreadsheet (CSV or formula injection).
 */
public final class CellText {

    private CellText() {}

    /** The text as it is safe to put in a CSV field or an xlsx string cell; null stays null. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
