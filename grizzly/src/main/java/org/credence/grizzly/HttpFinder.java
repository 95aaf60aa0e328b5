package org.credence.grizzly;

import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The protocol of every connection to a guarded listener: HTTP, at its first byte. Payara's own
 * finder reads the request line first and closes a connection whose line is longer than 2 KiB
 * without a word; here the HTTP parser behind the guard sees everything, with its own limits (an
 * 8 KiB header) and answers.
 */
public class HttpFinder implements ProtocolFinder {

    @Override
    public Result find(PUContext context, FilterChainContext ctx) {
        return Result.FOUND;
    }
}
