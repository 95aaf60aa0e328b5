/** The internal change log over HTTP, for operators and auditors ({@code ChangeLogResource}). */
package org.credence.api.changes;
