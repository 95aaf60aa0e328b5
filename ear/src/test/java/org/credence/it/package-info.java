/**
 * The integration tests against the built EAR deployed on Payara (Arquillian; H2 or, with the postgresql profile,
 * PostgreSQL): the API over HTTP, the generated API client, the pages in a browser, the HTTP layer and the demo
 * data; with their helpers ({@code Api}, {@code Browser}, {@code Deployments}) and recomputations of a draw and of
 * a validation report written from the published methods alone, sharing no code with the server
 * ({@code IndependentDraw}, {@code IndependentValidation}).
 */
package org.credence.it;
