package org.camelcsta.protocol;

/**
 * A message cannot be written in the chosen format, e.g. a generic message whose field name is not a
 * legal XML element name, or a value holding a character that the format cannot carry.
 */
public class CstaEncodeException extends CstaException {

    public CstaEncodeException(String message) {
        super(message);
    }

    public CstaEncodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
