/**
 * Public credit evaluation: evaluation models (indicators, weights by hand, AHP or entropy), and the
 * scores and grades of method version 1 ({@code score-v1}), each with its explanation.
 */
package org.credence.credit;
