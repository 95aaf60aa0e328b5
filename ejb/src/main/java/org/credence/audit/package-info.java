/**
 * The audit component: one append-only, hash-chained log of every lookup and every administrative change, who did
 * what to which thing, sealed in order by a job and verifiable by auditors. Every other component writes to it;
 * it depends on none of them but the shared platform.
 */
package org.credence.audit;
