/**
 * The overview staff see first: the grade distribution the last full scoring run gave, recent grade
 * changes, and the long work under way (scoring runs, record intakes, draws) with its progress. Work
 * reports its progress in transactions of its own ({@code JobProgress}), so every node shows it while
 * the work's own transaction is still open.
 */
package org.credence.overview;
