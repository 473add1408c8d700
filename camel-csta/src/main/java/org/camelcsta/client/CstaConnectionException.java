package org.camelcsta.client;

import org.camelcsta.protocol.CstaException;

/**
 * The connection to the server could not be made or was lost while a request was in flight. Requests
 * are never retried by the session: the server may have carried them out (a MakeCall is not idempotent).
 */
public class CstaConnectionException extends CstaException {

    public CstaConnectionException(String message) {
        super(message);
    }

    public CstaConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
