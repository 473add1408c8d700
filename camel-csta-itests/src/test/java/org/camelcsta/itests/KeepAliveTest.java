package org.camelcsta.itests;

import java.time.Duration;

import org.camelcsta.client.CstaSession;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** With keep-alive the session outlives the one-second session timer, unbroken. */
class KeepAliveTest extends SessionExpiryTestSupport {

    @Test
    void keepAliveOutlivesTheSessionTimer() {
        CstaSession session = loggedInSession();
        String sessionId = session.sessionId();
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4))
                .until(() -> session.isLoggedIn() && sessionId.equals(session.sessionId()));
    }
}
