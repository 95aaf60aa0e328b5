/**
 * The change log: every change to a business (registration, records, list entries, credit grade, published
 * inspection results, joint measures falling due or lifted), in commit order, for rescoring and sharing.
 */
package org.credence.changes;
