/**
 * Credit over HTTP: a business's score, explanation and history ({@code CreditResource}), evaluation models with
 * their weights, previews, activation and retirement ({@code ModelsResource}), and scoring runs
 * ({@code ScoringRunsResource}); with the views they answer with.
 */
package org.credence.api.credit;
