/**
 * How callers authenticate and what guards them: the application's one authentication mechanism
 * ({@code CredenceAuthentication}: HTTP Basic or the sign-in page for people, Bearer access tokens for agencies'
 * systems) with the roles it declares; refusals of a person's password that another site's page could have sent
 * and of a request to an operation that reads a form but declares no content type; an audit entry for every 403;
 * the security headers of every answer; and who the API takes the caller to be ({@code MeResource}).
 */
package org.credence.api.security;
