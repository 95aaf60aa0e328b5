/**
 * Public credit evaluation: evaluation models (indicators, weights set directly, by AHP, by entropy or learned
 * from inspection outcomes), scoring runs (full and change-driven), and the scores and grades of method version 1
 * ({@code score-v1}), each with its explanation.
 */
package org.credence.credit;
