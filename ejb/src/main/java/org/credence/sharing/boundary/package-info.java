/**
 * The sharing component's services: agencies' API clients, their agreements and access tokens ({@code ApiClients},
 * {@code ClientDirectory}), credit lookups and the change feed ({@code SharedCredit}) with the group-committed
 * audit entries of lookups ({@code AuditWriter}), webhook subscriptions ({@code Subscriptions}), joint measures
 * and their cases ({@code Measures}), public business profiles ({@code PublicProfiles}), request limits
 * ({@code RateLimits}, {@code RateWindows}) and the audit trail ({@code AuditTrail}).
 */
package org.credence.sharing.boundary;
