/**
 * Inter-agency sharing over HTTP: API clients and agreements, access tokens and signing keys, the agencies' change
 * feed, webhook subscriptions, joint measures with their cases and feedback, the audit trail, and a business's
 * public profile; with the limit per address on every endpoint that needs no signing in
 * ({@code OpenEndpointLimit}).
 */
package org.credence.api.sharing;
