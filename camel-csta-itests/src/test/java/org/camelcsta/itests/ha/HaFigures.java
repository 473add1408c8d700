package org.camelcsta.itests.ha;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camelcsta.itests.ha.CallDriver.PlacedCall;
import org.camelcsta.itests.ha.EventLog.Line;
import org.camelcsta.itests.ha.HaScenario.Mode;

/**
 * What a {@link HaScenario} run shows: calls whose events did not all reach the log, events routed more than once
 * (each call gives each event type once, so two lines of one leg and type are one event routed twice),
 * and, in the leader modes, the takeover times (kill to the new leader's MonitorSnapshot), the component's share of
 * them (leadership won to MonitorSnapshot: monitors started and the device's calls read), how many calls in
 * progress at a takeover the new leader's snapshot listed, and in how many takeovers the new leader monitored on the
 * session its standby had logged in (no second login).
 */
record HaFigures(Mode mode, int kills, int calls, int missedCalls, int duplicates, List<Long> takeoverMillis,
                 List<Long> componentShareMillis, int reconciled, int sessionsReused) {

    static HaFigures of(Mode mode, int kills, List<PlacedCall> placed, List<Line> log, List<Long> takeovers,
                        List<Long> shares, int reconciled, int sessionsReused) {
        List<Line> events = log.stream().filter(Line::isEvent).toList();
        Map<String, List<Line>> byLeg = events.stream().collect(Collectors.groupingBy(line -> line.device() + "/" + line.callId()));
        int missed = 0;
        for (PlacedCall call : placed) {
            List<Line> seen = byLeg.getOrDefault(call.device() + "/" + call.callId(), List.of());
            if (!seen.stream().map(Line::type).collect(Collectors.toSet()).containsAll(CallDriver.EVENTS_OF_A_CALL)) {
                missed++;
            }
        }
        // by what the event says, not by its id: an id that differed between instances must show as a duplicate
        int duplicates = (int) events.stream()
                .collect(Collectors.groupingBy(line -> line.device() + "/" + line.callId() + "/" + line.type(),
                        Collectors.counting()))
                .values().stream().filter(count -> count > 1).count();
        return new HaFigures(mode, kills, placed.size(), missed, duplicates, takeovers, shares, reconciled, sessionsReused);
    }

    static long median(Collection<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long worst(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** One Markdown table row. */
    String row() {
        Function<List<Long>, String> summary = values -> values.isEmpty() ? "-"
                : median(values) + " / " + worst(values);
        return "| " + mode.argument() + " | " + kills + " | " + calls + " | " + missedCalls + " | " + duplicates + " | "
               + summary.apply(takeoverMillis) + " | " + summary.apply(componentShareMillis) + " | "
               + (mode == Mode.ACTIVE ? "- | -" : reconciled + "/" + kills + " | " + sessionsReused + "/" + kills) + " |";
    }
}
