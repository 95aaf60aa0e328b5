/**
 * Benchmarks and their data: JMH benchmarks of the draw's ticket stage and of the score-v1 arithmetic, and the
 * files of the synthetic population (table rows for COPY, an agency's CSV upload) that the database benchmarks
 * load.
 */
package org.credence.bench;
