/**
 * Records and lists as JPA entities ({@code CreditRecord}, {@code ListEntry}, {@code RecordCategory},
 * {@code RepairApplication}) and their enumerations: list type, penalty type, polarity, record status, removal
 * kind and severity; and a record as an agency submits it, in JSON or as a CSV row ({@code RecordSubmission}),
 * which the intake's checks and readers take.
 */
package org.credence.violation.entity;
