package org.camelcsta.itests;

import java.time.Duration;

import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** Without keep-alive the server ends the session; the session logs in again and restores the monitor. */
class SessionExpiryWithoutKeepAliveTest extends SessionExpiryTestSupport {

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setKeepAlive(false);
    }

    @Test
    void theSessionIsRecoveredAfterTheServerEndsIt() throws Exception {
        CstaSession session = loggedInSession();
        String first = session.sessionId();
        await().atMost(Duration.ofSeconds(5)).until(() -> session.isLoggedIn() && !first.equals(session.sessionId())
                && simulator.monitorCount("140") == 1);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedHeaderReceived(CstaConstants.EVENT_TYPE, "DeliveredEvent");
        simulator.incomingCall("55501234", "140");
        events.assertIsSatisfied();
    }
}
