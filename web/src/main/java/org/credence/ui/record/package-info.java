/**
 * The record intake page ({@code IntakePage}): records from a CSV file or an xlsx workbook, with the upload's and
 * the server's progress and the intake's report.
 */
package org.credence.ui.record;
