/**
 * The REST API, version 1, under /api/v1: the JAX-RS application with what every operation shares in the OpenAPI
 * document ({@code CredenceApi}) and the reading of query parameters ({@code QueryParameters}). The resources,
 * thin over the EJB boundaries, and their views are in one sub-package per component.
 */
package org.credence.api;
