package org.camelcsta.protocol.model;

/**
 * A CSTA message: its name on the wire (the JSON root key, the XML root element) and its fields.
 * Typed records exist for every message of the provider's API; any other message is a
 * {@link GenericMessage}.
 */
public interface CstaMessage {

    /** The message name as written on the wire, e.g. {@code MakeCall}. */
    default String messageName() {
        return MessageTypes.nameOf(getClass());
    }

    /** The vendor's {@code privateData} block, or {@code null}. */
    PrivateData privateData();

    /** The correlation id echoed by the server ({@code privateData.requestID}), or {@code null}. */
    default String requestId() {
        PrivateData data = privateData();
        return data == null ? null : data.requestId();
    }
}
