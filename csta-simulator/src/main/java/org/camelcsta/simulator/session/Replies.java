package org.camelcsta.simulator.session;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CstaMessage;

/** Echoes a request's {@code privateData.requestID} into its response, as the provider's current server does. */
final class Replies {

    private Replies() {
    }

    static CstaMessage withRequestId(CstaMessage response, String requestId) {
        if (requestId == null) {
            return response;
        }
        return MessageBinder.standard().unbind(response).withRequestId(requestId);
    }
}
