/**
 * The overview staff see first: the grade distribution the last full scoring run gave, recent grade
 * changes, and the long work under way (scoring runs, record intakes, draws) with its progress. The work
 * writes its progress through the {@code progress} component; the overview only reads it.
 */
package org.credence.overview;
