/**
 * What the overview reads ({@code Overview}: each model's grade distribution from its last full run, recent grade
 * changes, work under way, with the progress that the {@code progress} component wrote).
 */
package org.credence.overview.boundary;
