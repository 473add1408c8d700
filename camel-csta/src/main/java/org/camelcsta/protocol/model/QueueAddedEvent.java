package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue was created.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}, e.g. {@code q-12345678-450}
 * @param localNumber       the queue's number
 * @param name              the queue's name
 * @param privateData       {@code privateData}, or {@code null}
 */
public record QueueAddedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        String localNumber,
        String name,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return localNumber;
    }
}
