package org.camelcsta.protocol.model;

import java.util.List;

/**
 * The device's forwarding rules.
 *
 * @param forwardingList the rules
 * @param privateData    {@code privateData}, or {@code null}
 */
public record GetForwardingResponse(ForwardingList forwardingList, PrivateData privateData) implements CstaResponse {

    /** The rules, empty where there are none. */
    public List<ForwardListItem> rules() {
        return forwardingList == null ? List.of() : forwardingList.forwardListItem();
    }
}
