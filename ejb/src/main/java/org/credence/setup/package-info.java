/**
 * What runs when Credence starts: schema migrations, then the bootstrap administrator of a production installation
 * or the demo dataset; and the synthetic population that the demo and the benchmarks generate.
 */
package org.credence.setup;
