package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** The example flow works the same when loaded from a YAML and from an XML route file. */
class DslRoutesTest extends SimulatorTestSupport {

    @Test
    void yamlRoutes() throws Exception {
        runExampleFlow("routes/example-flow.yaml", "direct:call-yaml", "150", "151", "4570203040");
    }

    @Test
    void xmlRoutes() throws Exception {
        runExampleFlow("routes/example-flow.xml", "direct:call-xml", "152", "153", "4570203041");
    }

    private void runExampleFlow(String file, String start, String monitored, String target, String external)
            throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveResource(context, "classpath:" + file));
        simulator.autoAnswer(target, Duration.ZERO);
        await().until(() -> simulator.monitorCount(monitored) == 1);
        template.sendBody(start, null);
        await().until(() -> simulator.connected(external, target));
    }
}
