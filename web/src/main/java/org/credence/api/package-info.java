/** The REST API, version 1: thin JAX-RS resources over the EJB boundaries, with their views. */
package org.credence.api;
