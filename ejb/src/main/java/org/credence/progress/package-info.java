/**
 * Progress of long work that people start (record intakes, draws): each step is written in a transaction of its
 * own, so the overview of any node shows it while the work's own transaction is still open. The components that
 * do the work write here; the overview reads it.
 */
package org.credence.progress;
