/**
 * The one error contract: every failure, from JAX-RS, the container or a request the container would refuse
 * itself, as an RFC 9457 problem document ({@code Problem}, {@code Problems}, the mappers and error servlets); and
 * the limits on request bodies that answer with one: size ({@code RequestBodyLimit}, {@code LargeBody}) and pace
 * ({@code SlowBodies}, {@code BodyPace}).
 */
package org.credence.api.problem;
