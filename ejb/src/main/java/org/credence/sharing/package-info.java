/**
 * Inter-agency sharing (联合奖惩): agencies' API clients with data-sharing agreements and signed access tokens, credit
 * lookups that state their purpose, the agencies' change feed and webhook subscriptions, joint measures (a
 * catalogue of what each agency applies on which trigger, the cases that fall due and are lifted, the applying
 * agency's feedback), public business profiles, and request limits per client and per address. Lookups and changes are
 * written to the audit log of the {@code audit} component.
 */
package org.credence.sharing;
