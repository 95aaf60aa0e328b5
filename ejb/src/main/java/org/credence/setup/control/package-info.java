/**
 * What the demo is made of: a reproducible synthetic population of businesses and records (which the benchmarks
 * generate too: {@code SyntheticPopulation}), the demo's item list and inspectors, a year of completed random
 * inspections for the validation report, and the demo logins.
 */
package org.credence.setup.control;
