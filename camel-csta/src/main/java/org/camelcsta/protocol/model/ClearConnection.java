package org.camelcsta.protocol.model;

/**
 * Hangs up one party's leg of a call.
 *
 * @param connectionToBeCleared the leg to clear
 * @param test                  TEST mode, or {@code null}
 * @param privateData           {@code privateData}, or {@code null}
 */
public record ClearConnection(ConnectionId connectionToBeCleared, String test, PrivateData privateData)
        implements CstaRequest {

    public ClearConnection(ConnectionId connectionToBeCleared) {
        this(connectionToBeCleared, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName())
                .require("connectionToBeCleared.callID",
                        connectionToBeCleared == null ? null : connectionToBeCleared.callId())
                .check();
    }
}
