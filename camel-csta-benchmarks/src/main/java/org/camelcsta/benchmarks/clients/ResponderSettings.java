package org.camelcsta.benchmarks.clients;

import org.apache.camel.CamelContext;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;

/** Points a Camel context's csta component at the benchmark responder on loopback. */
public final class ResponderSettings {

    private ResponderSettings() {
    }

    /** Loopback, the responder's port, any credentials (the responder accepts all). */
    public static void apply(CamelContext context, int port) {
        CstaConfiguration configuration = context.getComponent("csta", CstaComponent.class).getConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(port);
        configuration.setUsername("bench");
        configuration.setPassword("bench");
        configuration.setPbxDomain("bench.pbx");
        configuration.setRequestTimeout(10_000);
    }
}
