/** The one error contract: every failure, from JAX-RS or the container, as an RFC 9457 problem document. */
package org.credence.api.problem;
