package org.camelcsta.component.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.camelcsta.client.CstaSession;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.client.SessionKey;
import org.camelcsta.protocol.model.MessageTypes;

/**
 * The component's meters in a Micrometer registry, each tagged with its session's transport, host, port, user and
 * PBX domain (never its password), so that no two sessions of a component share a meter: {@code csta.requests}
 * (timer, by {@code operation} and {@code outcome}), {@code csta.events} (counter, by {@code type}: {@value #OTHER_EVENTS} for an unmodelled event),
 * {@code csta.reconnects} (counter), {@code csta.sessions.connected} and {@code csta.events.queued} (gauges).
 * The meters of an open session are kept ({@link SessionMeters}); a request or event of a session that closed, or
 * was never opened here, is still recorded, by a lookup in the registry.
 */
final class MicrometerMetrics implements CstaMetrics {

    static final String REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";
    /** The {@code type} of every event that is not modelled. */
    static final String OTHER_EVENTS = "other";

    private final MeterRegistry registry;
    private final Map<CstaSession, SessionMeters> sessions = new ConcurrentHashMap<>();

    MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry's metrics; with several registries the composite one (Spring Boot's), else {@link #NONE}. */
    static CstaMetrics lookup(CamelContext context, Class<?> registryType) {
        Set<?> registries = context.getRegistry().findByType(registryType);
        if (registries.size() == 1) {
            return new MicrometerMetrics((MeterRegistry) registries.iterator().next());
        }
        return registries.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst()
                .<CstaMetrics> map(composite -> new MicrometerMetrics((MeterRegistry) composite)).orElse(NONE);
    }

    @Override
    public void sessionOpened(CstaSession session) {
        Tags tags = tagsOf(session);
        sessions.put(session, new SessionMeters(registry, tags));
        Gauge.builder("csta.sessions.connected", session, s -> s.isLoggedIn() ? 1 : 0)
                .description("1 while the session is logged in, else 0").tags(tags).register(registry);
        Gauge.builder("csta.events.queued", session, CstaSession::queuedEvents)
                .description("Events waiting for the monitor routes").tags(tags).register(registry);
        FunctionCounter.builder("csta.reconnects", session, CstaSession::reconnects)
                .description("Logins again after a lost connection or session").tags(tags).register(registry);
    }

    @Override
    public void sessionClosed(CstaSession session) {
        sessions.remove(session);
        Tags tags = tagsOf(session);
        for (String gauge : new String[] { "csta.sessions.connected", "csta.events.queued", "csta.reconnects" }) {
            Meter meter = registry.find(gauge).tags(tags).meter();
            if (meter != null) {
                registry.remove(meter);
            }
        }
    }

    @Override
    public void requestCompleted(CstaSession session, String operation, long nanos, Throwable error) {
        SessionMeters meters = sessions.get(session);
        RequestOutcome outcome = RequestOutcome.of(error);
        // a closed session's meters are not kept: nothing would let them go
        Timer timer = meters != null ? meters.request(operation, outcome)
                : SessionMeters.requestTimer(registry, tagsOf(session), operation, outcome);
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void eventRouted(CstaSession session, String type) {
        String tag = typeTag(type);
        SessionMeters meters = sessions.get(session);
        Counter counter = meters != null ? meters.event(tag)
                : SessionMeters.eventCounter(registry, tagsOf(session), tag);
        counter.increment();
    }

    /**
     * An event's {@code type}: its name where it is modelled, else {@value #OTHER_EVENTS}. The server names the others
     * as it likes, and each name would be a meter of its own for as long as the registry lives.
     */
    static String typeTag(String type) {
        return MessageTypes.typeOf(type) != null || MonitorSnapshot.NAME.equals(type) ? type : OTHER_EVENTS;
    }

    private static Tags tagsOf(CstaSession session) {
        SessionKey key = session.settings().key();
        return Tags.of("transport", key.transport().name().toLowerCase(), "host", String.valueOf(key.host()),
                "port", Integer.toString(key.port()), "user", String.valueOf(key.username()),
                "domain", String.valueOf(key.pbxDomain()));
    }
}
