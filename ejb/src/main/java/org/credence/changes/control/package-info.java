/**
 * Writing the change log: a change about to be appended ({@code Change}) and the writer that numbers changes under
 * the counter row's lock on the caller's transactional connection, so that they come in commit order without gaps
 * ({@code ChangeLogWriter}).
 */
package org.credence.changes.control;
