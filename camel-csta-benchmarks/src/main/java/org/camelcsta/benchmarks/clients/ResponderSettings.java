package org.camelcsta.benchmarks.clients;

import org.apache.camel.CamelContext;
import org.camelcsta.benchmarks.Wire;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;

/** Points a Camel context's csta component at the benchmark responder on loopback. */
public final class ResponderSettings {

    private ResponderSettings() {
    }

    /** The TCP/XML responder: see {@link #apply(CamelContext, Wire, int)}. */
    public static void apply(CamelContext context, int port) {
        apply(context, Wire.TCP_XML, port);
    }

    /** Loopback, the responder's wire format and port, any credentials (the responder accepts all). */
    public static void apply(CamelContext context, Wire wire, int port) {
        CstaConfiguration configuration = context.getComponent("csta", CstaComponent.class).getConfiguration();
        configuration.setTransport(wire.option());
        configuration.setHost("127.0.0.1");
        configuration.setPort(port);
        configuration.setUsername("bench");
        configuration.setPassword("bench");
        configuration.setPbxDomain("bench.pbx");
        configuration.setRequestTimeout(10_000);
    }
}
