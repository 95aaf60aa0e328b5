/**
 * The change log's service ({@code ChangeLog}): changes appended inside the transaction of every change, read in
 * sequence order.
 */
package org.credence.changes.boundary;
