package org.camelcsta.protocol;

/**
 * Bytes from the network (or a user) could not be read as a CSTA message. The {@link Reason} says which
 * rule was broken; the message names the problem in words.
 */
public class CstaDecodeException extends CstaException {

    /** What was wrong with the input. */
    public enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** Not valid UTF-8. */
        ENCODING,
        /** Not well-formed XML or JSON, or truncated. */
        MALFORMED,
        /** A DOCTYPE declaration (DTDs and entities are refused). */
        FORBIDDEN_DTD,
        /** A text value, nesting depth or frame over the configured limit. */
        TOO_LARGE,
        /** The root is not a single message element or object, or not the expected message. */
        WRONG_ROOT,
        /** A field value that cannot be read as the field's type. */
        INVALID_VALUE
    }

    private final Reason reason;

    public CstaDecodeException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CstaDecodeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
