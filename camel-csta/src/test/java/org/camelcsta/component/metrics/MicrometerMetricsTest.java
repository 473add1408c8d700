package org.camelcsta.component.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camelcsta.client.ClientResources;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.client.SessionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each session has meters of its own: sessions are told apart by every part of their key. An open session's request
 * timers and event counters are kept, a closed one's are not.
 */
class MicrometerMetricsTest {

    private final ClientResources resources = ClientResources.create(1, Executors.newSingleThreadExecutor(), true);
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerMetrics metrics = new MicrometerMetrics(registry);

    @AfterEach
    void stop() {
        resources.close();
    }

    @Test
    void sessionsThatDifferOnlyByTheirPbxDomainHaveGaugesOfTheirOwn() {
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

    @Test
    void eachSessionsRequestsAndEventsAreRecordedInMetersOfItsOwn() {
        CstaSession first = session("1111.pbx.one-connect.dk");
        CstaSession second = session("2222.pbx.one-connect.dk");
        metrics.sessionOpened(first);
        metrics.sessionOpened(second);

        for (int i = 0; i < 3; i++) {
            metrics.requestCompleted(first, "makeCall", 1_000_000, null);
            metrics.eventRouted(first, "DeliveredEvent");
        }
        metrics.requestCompleted(first, "makeCall", 1_000_000, new CstaTimeoutException("MakeCall", Duration.ofSeconds(5)));
        metrics.requestCompleted(second, "makeCall", 1_000_000, null);
        metrics.eventRouted(second, "DeliveredEvent");

        assertEquals(3, requests("1111.pbx.one-connect.dk", "ok").count());
        assertEquals(3.0, requests("1111.pbx.one-connect.dk", "ok").totalTime(TimeUnit.MILLISECONDS));
        assertEquals(1, requests("1111.pbx.one-connect.dk", "timeout").count());
        assertEquals(1, requests("2222.pbx.one-connect.dk", "ok").count());
        assertEquals(3.0, registry.get("csta.events").tag("domain", "1111.pbx.one-connect.dk").counter().count());
        assertEquals(1.0, registry.get("csta.events").tag("domain", "2222.pbx.one-connect.dk").counter().count());
    }

    @Test
    void anOpenSessionRecordsIntoTheMetersItRegisteredAtTheirFirstUse() {
        CstaSession session = session("1111.pbx.one-connect.dk");
        metrics.sessionOpened(session);
        metrics.requestCompleted(session, "makeCall", 1_000, null);
        metrics.eventRouted(session, "DeliveredEvent");
        Timer timer = requests("1111.pbx.one-connect.dk", "ok");
        Counter counter = registry.get("csta.events").counter();

        // a lookup on every use would register them again
        registry.remove(timer);
        registry.remove(counter);
        metrics.requestCompleted(session, "makeCall", 1_000, null);
        metrics.eventRouted(session, "DeliveredEvent");

        assertNull(registry.find("csta.requests").timer());
        assertNull(registry.find("csta.events").counter());
        assertEquals(2, timer.count());
        assertEquals(2.0, counter.count());
    }

    /** A server names unmodelled events as it likes: each name a meter of its own would grow the registry without end. */
    @Test
    void unmodelledEventsAreCountedUnderOneTypeWhetherTheSessionIsOpenOrClosed() {
        CstaSession session = session("1111.pbx.one-connect.dk");
        metrics.sessionOpened(session);
        for (int i = 0; i < 100; i++) {
            metrics.eventRouted(session, "Made" + i + "UpEvent");
        }
        metrics.eventRouted(session, "DeliveredEvent");
        metrics.eventRouted(session, "MonitorSnapshot");
        metrics.sessionClosed(session);
        metrics.eventRouted(session, "MadeUpLateEvent");

        assertEquals(3, registry.find("csta.events").counters().size());
        assertEquals(101.0, registry.get("csta.events").tag("type", "other").counter().count());
        assertEquals(1.0, registry.get("csta.events").tag("type", "DeliveredEvent").counter().count());
        assertEquals(1.0, registry.get("csta.events").tag("type", "MonitorSnapshot").counter().count());
    }

    @Test
    void aClosedSessionsLateRequestsAndEventsAreRecordedWithoutKeepingItsMeters() {
        CstaSession session = session("1111.pbx.one-connect.dk");
        metrics.sessionOpened(session);
        metrics.requestCompleted(session, "makeCall", 1_000, null);

        metrics.sessionClosed(session);
        metrics.requestCompleted(session, "makeCall", 1_000, null);
        metrics.eventRouted(session, "DeliveredEvent");
        assertEquals(2, requests("1111.pbx.one-connect.dk", "ok").count());
        assertEquals(1.0, registry.get("csta.events").counter().count());

        // kept, they would not be registered again
        registry.clear();
        metrics.requestCompleted(session, "makeCall", 1_000, null);
        metrics.eventRouted(session, "DeliveredEvent");
        assertEquals(1, requests("1111.pbx.one-connect.dk", "ok").count());
        assertEquals(1.0, registry.get("csta.events").counter().count());
    }

    @Test
    void aMeterTheRegistryRefusedIsAskedForAgainAtItsNextUse() {
        AtomicBoolean refuse = new AtomicBoolean(true);
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (id.getName().equals("csta.requests") && refuse.getAndSet(false)) {
                    throw new IllegalStateException("refused once");
                }
                return id;
            }
        });
        CstaMetrics failSafe = new FailSafeMetrics(metrics);
        CstaSession session = session("1111.pbx.one-connect.dk");
        failSafe.sessionOpened(session);

        failSafe.requestCompleted(session, "makeCall", 1_000, null);
        failSafe.requestCompleted(session, "makeCall", 1_000, null);

        assertEquals(1, requests("1111.pbx.one-connect.dk", "ok").count(), "the second request is recorded");
    }

    private Timer requests(String domain, String outcome) {
        return registry.get("csta.requests").tag("domain", domain).tag("operation", "makeCall").tag("outcome", outcome)
                .timer();
    }

    private CstaSession session(String pbxDomain) {
        return new CstaSession(SessionSettings.builder().host("pbx.example").port(4711)
                .credentials("user@mydomain", "secret", pbxDomain).build(), resources);
    }
}
