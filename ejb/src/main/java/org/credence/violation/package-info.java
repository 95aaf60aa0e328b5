/**
 * Violation history and positive records: the record catalogue, intake (single, batch, CSV, xlsx), publicity
 * periods, revocation, credit repair, and the abnormal and serious lists.
 */
package org.credence.violation;
