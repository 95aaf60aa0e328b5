/**
 * Records and lists as JPA entities ({@code CreditRecord}, {@code ListEntry}, {@code RecordCategory},
 * {@code RepairApplication}) and their enumerations: list type, penalty type, polarity, record status, removal
 * kind and severity.
 */
package org.credence.violation.entity;
