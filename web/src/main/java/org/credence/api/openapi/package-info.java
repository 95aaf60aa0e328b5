/**
 * How the OpenAPI document describes what every operation shares: the problem document on error
 * responses, operation ids and tags. The document is built from the resources' annotations when the
 * web module is built and served by the server as the application's static document.
 */
package org.credence.api.openapi;
