package org.camelcsta.protocol;

/**
 * Root of every error that camel-csta raises: decoding, validation, provider errors, time-outs and lost
 * connections all extend it, so a route can handle the whole family with one {@code onException}.
 */
public class CstaException extends RuntimeException {

    public CstaException(String message) {
        super(message);
    }

    public CstaException(String message, Throwable cause) {
        super(message, cause);
    }
}
