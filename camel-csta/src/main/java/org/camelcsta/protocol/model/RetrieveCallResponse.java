package org.camelcsta.protocol.model;

/**
 * The call is off hold.
 *
 * @param privateData {@code privateData}, or {@code null}
 */
public record RetrieveCallResponse(PrivateData privateData) implements CstaResponse {
}
