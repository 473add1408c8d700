package org.camelcsta.protocol.model;

/**
 * A receipt: the ForwardingEvent confirms the change.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record SetForwardingResponse(PrivateData privateData) implements CstaResponse {
}
