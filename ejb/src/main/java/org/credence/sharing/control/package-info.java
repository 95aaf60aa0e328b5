/**
 * The rules and storage behind sharing: which changes an agency sees ({@code ChangeVisibility}); the clients'
 * cache, tokens and signing keys ({@code ClientCache}, {@code Tokens}, {@code SigningKeys}, the keys in JDBC);
 * webhooks' deliveries ({@code Webhooks}); joint measures' evaluation, storage and feedback rules
 * ({@code JointMeasures}, {@code MeasureStore}, {@code FeedbackRules}); and fixed-window rate counting with leases
 * ({@code RateWindow}, {@code RateLeases}). Clients, agreements and subscriptions are entities in
 * {@code org.credence.sharing.entity}.
 */
package org.credence.sharing.control;
