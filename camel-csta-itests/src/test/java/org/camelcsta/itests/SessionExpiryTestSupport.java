package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.simulator.CstaSimulator;

import static org.awaitility.Awaitility.await;

/** The simulator grants one-second sessions: what becomes of a session that outlives one. */
abstract class SessionExpiryTestSupport extends SimulatorTestSupport {

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().maxSessionDuration(Duration.ofSeconds(1));
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setSessionDuration(1);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=140").to("mock:events");
            }
        };
    }

    protected CstaSession loggedInSession() {
        CstaComponent component = context.getComponent("csta", CstaComponent.class);
        await().until(() -> !component.getSessions().isEmpty() && component.getSessions().get(0).isLoggedIn());
        return component.getSessions().get(0);
    }
}
