package org.camelcsta.benchmarks.clients;

/** The three ways of sending commands that the benchmarks compare, by the name used in JMH parameters. */
public enum CommandClientKind {

    /** camel-csta's {@code csta:makeCall} producer through a ProducerTemplate. */
    COMPONENT("camel-csta"),
    /** Raw Netty with the same framing and codec, pipelined: the limit. */
    RAW("raw Netty"),
    /** A camel-netty route with XML strings: what a user would write without the component. */
    HAND_ROLLED("hand-rolled camel-netty");

    private final String label;

    CommandClientKind(String label) {
        this.label = label;
    }

    /** How the result table names it. */
    public String label() {
        return label;
    }

    /** A connected client of this kind for a responder on {@code port}. */
    public CommandClient connect(int port) throws Exception {
        return switch (this) {
            case COMPONENT -> new ComponentCommandClient(port);
            case RAW -> new RawCommandClient(port);
            case HAND_ROLLED -> new HandRolledNettyRoute(port);
        };
    }
}
