package org.camelcsta.component.metrics;

import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.SessionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each session has meters of its own: sessions are told apart by every part of their key. */
class MicrometerMetricsTest {

    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);

    @AfterEach
    void stop() {
        resources.close();
    }

    @Test
    void sessionsThatDifferOnlyByTheirPbxDomainHaveGaugesOfTheirOwn() {
        MeterRegistry registry = new SimpleMeterRegistry();
        MicrometerMetrics metrics = new MicrometerMetrics(registry);
        CstaSession first = session("1111.pbx.one-connect.dk");
        CstaSession second = session("2222.pbx.one-connect.dk");

        metrics.sessionOpened(first);
        metrics.sessionOpened(second);
        assertEquals(2, registry.find("csta.sessions.connected").gauges().size());
        assertEquals(2, registry.find("csta.reconnects").functionCounters().size());

        metrics.sessionClosed(first);
        assertEquals(1, registry.find("csta.sessions.connected").gauges().size(), "the other session's gauge stays");
        assertEquals("2222.pbx.one-connect.dk",
                registry.get("csta.sessions.connected").gauge().getId().getTag("domain"));
    }

    private CstaSession session(String pbxDomain) {
        return new CstaSession(SessionSettings.builder().host("pbx.example").port(4711)
                .credentials("user@mydomain", "secret", pbxDomain).build(), resources);
    }
}
