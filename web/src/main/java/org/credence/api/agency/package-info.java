/** The agencies over HTTP ({@code AgenciesResource}) and the view of an agency. */
package org.credence.api.agency;
