/**
 * Exports of a page's table as CSV or xlsx, streamed a window of rows at a time ({@code Exports},
 * {@code TableExport}), with cell text that a spreadsheet program shows and never evaluates ({@code CellText}).
 */
package org.credence.ui.export;
