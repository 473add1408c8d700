package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A leg left this device by a transfer. Named as the provider sends it, with one "r".
 *
 * @param monitorCrossRefId      {@code monitorCrossRefID}
 * @param primaryOldCall         the transferring device's leg that ended; also read from {@code connection}, the
 *                               receiving device's own leg in the simulator's 2020 form
 * @param transferringDevice     the device that transferred
 * @param transferredToDevice    where the call went
 * @param transferredConnections the legs the transfer changed
 * @param cause                  {@code singleStepTransfer}, or free text
 * @param callLinkageData        ties the legs of one call together
 * @param privateData            {@code privateData}, or {@code null}
 */
public record TransferedEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        @JsonAlias("connection") ConnectionId primaryOldCall,
        DeviceIdentifier transferringDevice,
        DeviceIdentifier transferredToDevice,
        TransferredConnections transferredConnections,
        String cause,
        CallLinkageData callLinkageData,
        PrivateData privateData) implements CallEvent {

    @Override
    public ConnectionId connection() {
        return primaryOldCall;
    }

    /** @param connectionListItem one per changed leg, never {@code null} */
    public record TransferredConnections(List<ConnectionListItem> connectionListItem) {

        public TransferredConnections {
            connectionListItem = connectionListItem == null ? List.of() : List.copyOf(connectionListItem);
        }
    }

    /**
     * @param oldConnection the leg before the transfer
     * @param newConnection the leg after it, where the server names one
     */
    public record ConnectionListItem(ConnectionId oldConnection, ConnectionId newConnection) {
    }
}
