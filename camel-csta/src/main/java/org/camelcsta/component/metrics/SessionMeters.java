package org.camelcsta.component.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * One open session's request timers and event counters, each registered at its first use and kept: every request and
 * every event records into one, and a registry lookup (an id built from six or seven tags) costs more than the
 * recording. A meter that the registry refuses is not kept, so the next use asks again.
 */
final class SessionMeters {

    private final MeterRegistry registry;
    private final Tags tags;
    /** By outcome, then by operation: a fixed map of growing ones, so that a lookup needs no key object. */
    private final Map<RequestOutcome, Map<String, Timer>> requests = new EnumMap<>(RequestOutcome.class);
    /** By type: the modelled events' names and {@code other}. */
    private final Map<String, Counter> events = new ConcurrentHashMap<>();

    SessionMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
        for (RequestOutcome outcome : RequestOutcome.values()) {
            requests.put(outcome, new ConcurrentHashMap<>());
        }
    }

    Timer request(String operation, RequestOutcome outcome) {
        Map<String, Timer> byOperation = requests.get(outcome);
        Timer timer = byOperation.get(operation);
        return timer != null ? timer
                : byOperation.computeIfAbsent(operation, op -> requestTimer(registry, tags, op, outcome));
    }

    Counter event(String type) {
        Counter counter = events.get(type);
        return counter != null ? counter : events.computeIfAbsent(type, t -> eventCounter(registry, tags, t));
    }

    static Timer requestTimer(MeterRegistry registry, Tags tags, String operation, RequestOutcome outcome) {
        return Timer.builder("csta.requests").description("Requests sent by csta producers, until their reply")
                .tags(tags).tag("operation", operation).tag("outcome", outcome.tag()).register(registry);
    }

    static Counter eventCounter(MeterRegistry registry, Tags tags, String type) {
        return Counter.builder("csta.events").description("Events routed by csta consumers")
                .tags(tags).tag("type", type).register(registry);
    }
}
