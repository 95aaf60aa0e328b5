/**
 * The score-v1 method and the models it runs on: the pure arithmetic ({@code ScoreMethod}, {@code ScoreModel},
 * {@code Veto}, {@code ScoreExplanation}; the grade it gives is the component's value {@code Grade}), the weight
 * methods ({@code Ahp}, {@code EntropyWeights}, {@code WeightDerivation}) and the rules every set of weights keeps
 * ({@code Weights}), the default model, a model's definition and its checks ({@code ModelRules}); models as
 * administrators keep them, as entities in the caller's persistence context ({@code ModelEntries}); and, in JDBC on
 * the caller's transaction, models as scoring reads them ({@code ModelStore}), scoring runs step by step
 * ({@code ScoringRunner}), the rescoring of a group of businesses ({@code Rescoring}) and a stored snapshot turned
 * back into its explanation ({@code StoredExplanation}).
 */
package org.credence.credit.control;
