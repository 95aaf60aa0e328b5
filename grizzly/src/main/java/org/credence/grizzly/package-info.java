/**
 * A guard in front of Payara's HTTP listener, installed in the domain's lib/ as the port unification filter before
 * the HTTP protocol ({@code HttpGuard}, which finds HTTP at a connection's first byte: {@code HttpFinder}): it
 * limits how long a request header may take ({@code HeaderClock}) and passes the request targets Payara's servlet
 * container would refuse with a bare answer to the application instead ({@code RequestTarget}), so that they too
 * get a problem document.
 */
package org.credence.grizzly;
