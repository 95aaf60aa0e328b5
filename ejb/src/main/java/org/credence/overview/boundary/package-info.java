/**
 * What the overview reads ({@code Overview}: each model's grade distribution from its last full run, recent grade
 * changes, work under way) and the progress of long work people start, written in transactions of its own
 * ({@code JobProgress}).
 */
package org.credence.overview.boundary;
