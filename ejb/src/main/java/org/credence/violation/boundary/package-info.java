/**
 * The violation component's services: record intake ({@code RecordIntake}: one record, a JSON batch, a CSV file or
 * an xlsx workbook), reading records ({@code RecordQueries}), their later life ({@code RecordLifecycle}:
 * revocation, credit repair, reclassification), the two credit lists ({@code CreditLists}) and the record
 * catalogue ({@code RecordCatalogue}); with the requests they take.
 */
package org.credence.violation.boundary;
