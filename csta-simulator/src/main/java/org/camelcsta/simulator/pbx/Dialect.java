package org.camelcsta.simulator.pbx;

/**
 * Which of the provider's two APIs a client speaks, and so how the simulator answers it: the 2020 API of the seed
 * documentation, or the current (2025) API of CURRENT-API.md (ed6 namespace, {@code deviceID}, {@code u-}/{@code q-}/
 * {@code t-} monitor objects, placeholders in some responses, the call events' full {@code privateData}).
 */
public enum Dialect {

    /** The 2020 API, as the simulator has always answered. */
    API_2020("http://www.ecma-international.org/standards/ecma-323/csta/ed3"),

    /** The current API. */
    CURRENT("http://www.ecma.ch/standards/ecma-323/csta/ed6");

    private final String protocolVersion;

    Dialect(String protocolVersion) {
        this.protocolVersion = protocolVersion;
    }

    /** The {@code actualProtocolVersion} of the login response. */
    public String protocolVersion() {
        return protocolVersion;
    }

    /**
     * The default namespace of a response or event's root element in XML: none in 2020; ed6 on the current API,
     * except the two events the provider shows without one.
     */
    public String xmlNamespace(String messageName) {
        if (this == API_2020 || messageName.equals("OutgoingNumbersEvent")
                || messageName.equals("QueueStatisticsEvent")) {
            return null;
        }
        return protocolVersion;
    }
}
