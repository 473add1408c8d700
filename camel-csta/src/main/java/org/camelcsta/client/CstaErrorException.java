package org.camelcsta.client;

import org.camelcsta.protocol.CstaException;
import org.camelcsta.protocol.model.CstaErrorCode;

/**
 * The server answered a request with {@code CSTAErrorCode}: the request was understood and refused.
 */
public class CstaErrorException extends CstaException {

    private final String category;
    private final String errorValue;
    private final String details;

    public CstaErrorException(String requestName, CstaErrorCode error) {
        super(requestName + " failed: " + error.category() + " " + error.value()
              + (error.details() == null ? "" : " (" + error.details() + ")"));
        this.category = error.category();
        this.errorValue = error.value();
        this.details = error.details();
    }

    /** The error category, e.g. {@code security}, {@code operation}, {@code stateIncompatibility}. */
    public String getCategory() {
        return category;
    }

    /** The error within its category, e.g. {@code securityInfoViolated}, {@code invalidCallID}. */
    public String getErrorValue() {
        return errorValue;
    }

    /** The server's explanation, or {@code null}. */
    public String getDetails() {
        return details;
    }
}
