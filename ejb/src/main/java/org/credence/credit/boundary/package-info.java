/**
 * The credit component's services: evaluation models ({@code CreditModels}: drafts, weights set directly, by AHP,
 * by entropy or learned from inspection outcomes, previews, activation and retirement), businesses' scores with
 * their explanations and histories ({@code CreditScores}) and scoring runs ({@code ScoringService}); with the
 * requests and views they take and give.
 */
package org.credence.credit.boundary;
