package org.camelcsta.client;

/** The provider's ways in, with their default ports. */
public enum TransportType {

    /** XML over TCP, NUL-delimited; events on the same connection. */
    XML(7001, true),
    /** JSON over socket.io (Engine.IO v3); events on the same connection. */
    SOCKETIO(7003, true),
    /** HTTP GET, one request per call, credentials in headers; no events. */
    HTTP(7005, false),
    /** HTTPS GET, as {@link #HTTP}. */
    HTTPS(7006, false);

    private final int defaultPort;
    private final boolean events;

    TransportType(int defaultPort, boolean events) {
        this.defaultPort = defaultPort;
        this.events = events;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Whether the server can push events (and so keeps a session) on this transport. */
    public boolean hasEvents() {
        return events;
    }

    /** The transport of a URI option value: {@code xml}, {@code socketio}, {@code http} or {@code https}. */
    public static TransportType of(String name) {
        for (TransportType type : values()) {
            if (type.name().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + name + "': use xml, socketio, http or https");
    }
}
