package org.camelcsta.client;

import java.time.Duration;

import org.camelcsta.protocol.CstaException;

/**
 * No reply came within the request timeout. The request may still have been carried out by the server;
 * a late reply is discarded.
 */
public class CstaTimeoutException extends CstaException {

    public CstaTimeoutException(String requestName, Duration timeout) {
        super("no reply to " + requestName + " within " + timeout.toMillis() + " ms");
    }
}
