package org.camelcsta.itests.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that each call leg's events arrive at most once and in the order a call goes (delivered, established,
 * cleared); events may be missing (a connection was down) but never repeated or reversed. Remembers the most
 * recent legs only, so that its memory stays bounded over a soak.
 */
public final class CallEventOrder {

    private static final int LEGS_REMEMBERED = 20_000;
    private static final int SAMPLES_KEPT = 20;

    private final Map<String, Integer> lastStageByLeg = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > LEGS_REMEMBERED;
        }
    };
    private final List<String> samples = new ArrayList<>();
    private long events;
    private long duplicated;
    private long outOfOrder;
    private long unexpected;

    /** One event as the route received it. */
    public synchronized void received(String device, String callId, String eventType) {
        events++;
        int stage = stage(eventType);
        if (stage < 0 || callId == null) {
            unexpected++;
            keep("unexpected " + eventType + " at " + device + " for " + callId);
            return;
        }
        String leg = device + "/" + callId;
        Integer last = lastStageByLeg.put(leg, stage);
        if (last == null || last < stage) {
            return;
        }
        if (last == stage) {
            duplicated++;
            keep("twice " + eventType + " for " + leg);
        } else {
            outOfOrder++;
            keep(eventType + " after a later event for " + leg);
        }
    }

    private static int stage(String eventType) {
        return switch (eventType) {
            case "DeliveredEvent" -> 0;
            case "EstablishedEvent" -> 1;
            case "ConnectionClearedEvent" -> 2;
            default -> -1;
        };
    }

    private void keep(String sample) {
        if (samples.size() < SAMPLES_KEPT) {
            samples.add(sample);
        }
    }

    public synchronized long events() {
        return events;
    }

    public synchronized long duplicated() {
        return duplicated;
    }

    public synchronized long outOfOrder() {
        return outOfOrder;
    }

    /** Events of a type a plain call does not have, or without a call id. */
    public synchronized long unexpected() {
        return unexpected;
    }

    public synchronized List<String> samples() {
        return List.copyOf(samples);
    }
}
