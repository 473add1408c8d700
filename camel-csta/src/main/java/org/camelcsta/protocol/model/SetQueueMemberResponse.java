package org.camelcsta.protocol.model;

/**
 * A receipt: the QueueMemberEvent confirms the change.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record SetQueueMemberResponse(PrivateData privateData) implements CstaResponse {
}
