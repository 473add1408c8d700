package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The trunk's outgoing numbers, after a snapshot of the trunk.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}, e.g. {@code t-12345678}
 * @param outgoingNumbers   the numbers
 * @param privateData       {@code privateData}, or {@code null}
 */
public record OutgoingNumbersEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        OutgoingNumbers outgoingNumbers,
        PrivateData privateData) implements DeviceEvent {

    @Override
    public String device() {
        return null;
    }

    /** The numbers, empty where there are none. */
    public List<String> numbers() {
        return outgoingNumbers == null ? List.of()
                : outgoingNumbers.outgoingNumber().stream().map(OutgoingNumber::number).toList();
    }

    /** @param outgoingNumber one per number, never {@code null} */
    public record OutgoingNumbers(List<OutgoingNumber> outgoingNumber) {

        public OutgoingNumbers {
            outgoingNumber = outgoingNumber == null ? List.of() : List.copyOf(outgoingNumber);
        }
    }

    /** @param number e.g. {@code 12345678} */
    public record OutgoingNumber(String number) {
    }
}
