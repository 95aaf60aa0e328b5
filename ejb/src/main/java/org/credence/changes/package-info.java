/** The change log: every change to a business's records and list entries, in commit order, for rescoring and sharing. */
package org.credence.changes;
