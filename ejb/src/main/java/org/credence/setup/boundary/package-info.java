/**
 * Start-up: {@code SchemaMigration} brings the schema up to date with Flyway before anything else;
 * {@code InitialData} then puts in what a new installation needs: the demo dataset, loaded once per database
 * ({@code DemoDataset}), or the first administrator of a production installation ({@code BootstrapAdministrator}).
 */
package org.credence.setup.boundary;
