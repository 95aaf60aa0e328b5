/**
 * Inter-agency sharing (联合奖惩): agencies' API clients with data-sharing agreements and signed access
 * tokens, credit lookups that state their purpose, the agencies' change feed, and the hash-chained
 * audit log of every lookup and administrative change.
 */
package org.credence.sharing;
