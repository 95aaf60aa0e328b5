/**
 * The rules and storage behind sharing: agreements and which changes an agency sees ({@code Agreement},
 * {@code ChangeVisibility}); clients in JDBC, their cache and tokens ({@code ClientStore}, {@code ClientCache},
 * {@code Tokens}); webhooks ({@code Webhooks}); joint measures' evaluation, storage and feedback rules
 * ({@code JointMeasures}, {@code MeasureStore}, {@code FeedbackRules}); and fixed-window rate counting with leases
 * ({@code RateWindow}, {@code RateLeases}).
 */
package org.credence.sharing.control;
