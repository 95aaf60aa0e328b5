/**
 * Writes the progress of long work, a step at a time in transactions of its own, and never fails the work for it
 * ({@code JobProgress}).
 */
package org.credence.progress.boundary;
