/**
 * How the OpenAPI document describes what every operation shares ({@code ApiDocument}): the problem document on
 * error responses, operation ids and tags, the security requirements and the types of query parameters taken as
 * text; and two types described for the document only (a refused field, a JSON web key). The document is built
 * from the resources' annotations when the web module is built and served by the server as the application's
 * static document.
 */
package org.credence.api.openapi;
