/**
 * Pages that print from the browser: an assignment's inspection notice and record form, and a draw's published
 * target list.
 */
package org.credence.ui.print;
