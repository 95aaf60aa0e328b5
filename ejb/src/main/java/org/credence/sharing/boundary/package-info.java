/**
 * The sharing component's services: agencies' API clients, their agreements and access tokens ({@code ApiClients},
 * {@code ClientDirectory}), credit lookups and the change feed ({@code SharedCredit}), webhook subscriptions
 * ({@code Subscriptions}), joint measures and their cases ({@code Measures}, and {@code MeasuresAfterScoring}, which has every scoring step followed by them), public business profiles
 * ({@code PublicProfiles}) and request limits ({@code RateLimits}, {@code RateWindows}).
 */
package org.credence.sharing.boundary;
