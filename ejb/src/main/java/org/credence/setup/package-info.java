/** What runs when Credence starts: schema migrations, the bootstrap administrator and the demo dataset. */
package org.credence.setup;
