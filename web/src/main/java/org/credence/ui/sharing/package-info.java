/**
 * The sharing pages: the audit log for auditors, agencies' API clients and their agreements, joint measures and
 * their cases, and webhook subscriptions with their deliveries.
 */
package org.credence.ui.sharing;
