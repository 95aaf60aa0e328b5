/**
 * The validation-v1 arithmetic and its data: observations and their store, outcomes as hit, clean or no finding,
 * each draw's strata, the report ({@code ModelValidation}, {@code ValidationReport}) with Wilson intervals, the
 * weighted AUC over weighted groups, population stability between full runs, and weights learned by penalised
 * weighted logistic regression ({@code OutcomeWeights}, {@code WeightedLogistic}).
 */
package org.credence.validation.control;
