package org.camelcsta.benchmarks.scale;

import org.apache.camel.CamelContext;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;

/** Points a Camel context's csta component at the simulator process, logged in as one of its users. */
final class SimulatorSettings {

    private SimulatorSettings() {
    }

    static CstaComponent apply(CamelContext context, int port, String username) {
        CstaComponent component = context.getComponent("csta", CstaComponent.class);
        CstaConfiguration configuration = component.getConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(port);
        configuration.setUsername(username);
        configuration.setPassword(SimulatorProcess.PASSWORD);
        configuration.setPbxDomain(SimulatorProcess.PBX_DOMAIN);
        configuration.setRequestTimeout(30_000);
        return component;
    }

    /** The devices {@code first .. first+count-1} as the consumer's comma-separated list. */
    static String deviceList(int first, int count) {
        StringBuilder list = new StringBuilder(count * 6);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                list.append(',');
            }
            list.append(first + i);
        }
        return list.toString();
    }
}
