package org.camelcsta.benchmarks;

/**
 * The provider's interfaces that the benchmarks measure: each has its canned responder, its raw client (the
 * limit) and the component's {@code transport} option.
 */
public enum Wire {

    /** XML over TCP, NUL frames. */
    TCP_XML("xml", "TCP/XML"),
    /** JSON over socket.io (Engine.IO v3, websocket). */
    SOCKETIO("socketio", "socket.io/JSON"),
    /** HTTP GET with a query, JSON replies. */
    HTTP_GET("http", "HTTP GET");

    private final String option;
    private final String label;

    Wire(String option, String label) {
        this.option = option;
        this.label = label;
    }

    /** The component's {@code transport} option for it. */
    public String option() {
        return option;
    }

    /** How the result table names it. */
    public String label() {
        return label;
    }
}
