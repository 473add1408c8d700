package org.camelcsta.protocol.model;

/**
 * The call was placed. The current server answers with the placeholder {@link #PLACEHOLDER} for the callID (and the
 * global call id): the real ones come with the calling device's events.
 *
 * @param callingDevice   the calling device's leg of the new call
 * @param callLinkageData the call's global id, or {@code null}
 * @param privateData     {@code privateData}, or {@code null}
 */
public record MakeCallResponse(ConnectionId callingDevice, CallLinkageData callLinkageData, PrivateData privateData)
        implements CstaResponse {

    /** The callID of the current server's reply. */
    public static final String PLACEHOLDER = "N/A";

    public MakeCallResponse(ConnectionId callingDevice, PrivateData privateData) {
        this(callingDevice, null, privateData);
    }
}
