package org.camelcsta.benchmarks.clients;

import org.camelcsta.benchmarks.Wire;

/** The ways of sending commands that the benchmarks compare, by the name used in JMH parameters. */
public enum CommandClientKind {

    /** camel-csta's {@code csta:makeCall} producer through a ProducerTemplate: the caller's thread waits for the reply. */
    COMPONENT("camel-csta"),
    /**
     * The same producer with {@code synchronous=false}: the reply is handed over to the component's executor, where
     * the route goes on (the default until round two's eleventh stop).
     */
    COMPONENT_ASYNCHRONOUS("camel-csta synchronous=false"),
    /** The wire format's client library with the same codec (for TCP/XML raw Netty, pipelined): the limit. */
    RAW("raw client"),
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

    /** A connected client of this kind for a responder of this wire format on {@code port}. */
    public CommandClient connect(Wire wire, int port) throws Exception {
        return switch (this) {
            case COMPONENT -> new ComponentCommandClient(wire, port, false);
            case COMPONENT_ASYNCHRONOUS -> new ComponentCommandClient(wire, port, true);
            case RAW -> new RawCommandClient(RawClient.connect(wire, port, event -> { }));
            case HAND_ROLLED -> {
                if (wire != Wire.TCP_XML) {
                    throw new IllegalArgumentException("the hand-rolled route speaks TCP/XML only, not " + wire.label());
                }
                yield new HandRolledNettyRoute(port);
            }
        };
    }
}
