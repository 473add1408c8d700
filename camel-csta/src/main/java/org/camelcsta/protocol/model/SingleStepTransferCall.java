package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Transfers a call without consultation (unattended transfer).
 *
 * @param activeCall    the transferring device's leg; the {@code callID} alone is enough
 * @param transferredTo the new destination
 * @param test          TEST mode, or {@code null}
 * @param privateData   {@code privateData}, or {@code null}
 */
@JsonPropertyOrder({ "transferredTo", "activeCall" })
public record SingleStepTransferCall(
        ConnectionId activeCall,
        String transferredTo,
        String test,
        PrivateData privateData) implements CstaRequest {

    public SingleStepTransferCall(ConnectionId activeCall, String transferredTo) {
        this(activeCall, transferredTo, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("activeCall.callID", activeCall == null ? null : activeCall.callId())
                .require("transferredTo", transferredTo)
                .check();
    }
}
