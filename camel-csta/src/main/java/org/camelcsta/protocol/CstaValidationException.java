package org.camelcsta.protocol;

import java.util.List;

/**
 * A request lacks fields the provider requires; raised before anything is sent.
 */
public class CstaValidationException extends CstaException {

    private final String messageName;
    private final List<String> missingFields;

    public CstaValidationException(String messageName, List<String> missingFields) {
        super(messageName + " is missing required field(s): " + String.join(", ", missingFields));
        this.messageName = messageName;
        this.missingFields = List.copyOf(missingFields);
    }

    public String getMessageName() {
        return messageName;
    }

    /** The missing fields as dotted paths, e.g. {@code activeCall.callID}. */
    public List<String> getMissingFields() {
        return missingFields;
    }
}
