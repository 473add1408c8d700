package org.camelcsta.simulator.session;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaMessage;

/**
 * Echoes a request's {@code privateData.requestID} into its response, as the provider's current server does;
 * unless the simulator plays the 2020 server, which echoes none ({@link FaultSettings#echoRequestIds()}).
 */
final class Replies {

    private Replies() {
    }

    static CstaMessage withRequestId(CstaMessage response, String requestId, FaultSettings settings) {
        if (requestId == null || !settings.echoRequestIds()) {
            return response;
        }
        return MessageBinder.standard().unbind(response).withRequestId(requestId);
    }
}
