package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue was deleted.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}
 * @param localNumber       the queue's number
 * @param privateData       {@code privateData}, or {@code null}
 */
public record QueueRemovedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        String localNumber,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return localNumber;
    }
}
