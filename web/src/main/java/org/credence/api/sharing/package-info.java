/**
 * Inter-agency sharing over HTTP: API clients and agreements, access tokens and signing keys, the
 * agencies' change feed, joint measures with their cases and feedback, and the audit trail.
 */
package org.credence.api.sharing;
