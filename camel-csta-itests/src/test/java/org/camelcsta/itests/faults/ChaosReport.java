package org.camelcsta.itests.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camelcsta.itests.faults.RequestOutcomes.Outcome;

/**
 * The figures of a {@link ChaosRun}.
 *
 * @param ran               how long faults were inflicted
 * @param faults            how many of each fault
 * @param drops             connections ended by a fault
 * @param accepted          connections the proxy accepted (the first included)
 * @param outcomes          requests by outcome
 * @param reachedServer     requests that reached the server whole (the session's own included)
 * @param sentTwice         requests whose {@code requestID} reached the server before, with samples
 * @param recoveryMillis    per fault kind, how long the session took to be back with every monitor
 * @param notRecovered      faults after which the session was not back within the limit
 * @param probes            calls placed after a recovery to see that events flow again
 * @param probesLost        of which no event arrived
 * @param events            events the route received
 * @param eventsDuplicated  of which a call leg's event arrived twice
 * @param eventsOutOfOrder  of which a call leg's event arrived after a later one
 * @param eventSamples      the first anomalies, described
 * @param before            threads and heap once warmed up
 * @param after             threads and heap at the end
 * @param finalRequest      whether a request sent after the last fault was answered
 * @param defects           anything else that went wrong: failures that are no CSTA outcome, failing load steps
 */
public record ChaosReport(Duration ran, Map<Fault, Integer> faults, int drops, int accepted,
                          Map<Outcome, Long> outcomes, long reachedServer, long sentTwice, List<String> sentTwiceSamples,
                          Map<Fault, List<Long>> recoveryMillis, int notRecovered, long probes, long probesLost,
                          long events, long eventsDuplicated, long eventsOutOfOrder, List<String> eventSamples,
                          ResourceSample before, ResourceSample after, boolean finalRequest, List<String> defects) {

    public long requests() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    public long outcome(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    public List<Long> allRecoveries() {
        List<Long> all = new ArrayList<>();
        recoveryMillis.values().forEach(all::addAll);
        return all;
    }

    public long medianRecoveryMillis() {
        return percentile(allRecoveries(), 50);
    }

    public long maxRecoveryMillis() {
        return percentile(allRecoveries(), 100);
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** The figures as a Markdown table, then the anomalies seen. */
    public String toMarkdown() {
        StringBuilder text = new StringBuilder();
        text.append("| Figure | Value |\n|---|---|\n");
        row(text, "Faults inflicted", String.format("%,d in %,d s: %s", faults.values().stream().mapToInt(Integer::intValue).sum(),
                ran.toSeconds(), faults));
        row(text, "Connections dropped / accepted by the proxy", String.format("%,d / %,d", drops, accepted));
        row(text, "Requests sent by routes", String.format("%,d", requests()));
        for (Outcome outcome : Outcome.values()) {
            row(text, "… " + outcome.name().toLowerCase().replace('_', ' '), String.format("%,d", outcome(outcome)));
        }
        row(text, "Requests that reached the server / of which sent twice", String.format("%,d / %,d", reachedServer, sentTwice));
        row(text, "Recovery to every monitor running: median / max", String.format("%,d ms / %,d ms",
                medianRecoveryMillis(), maxRecoveryMillis()));
        recoveryMillis.forEach((fault, times) -> row(text, "… after " + fault.name().toLowerCase().replace('_', ' '),
                String.format("%,d: median %,d ms, max %,d ms", times.size(), percentile(times, 50), percentile(times, 100))));
        row(text, "Faults after which the monitors were not back in time", Integer.toString(notRecovered));
        row(text, "Events lost after recovery (probe calls without their event)", String.format("%,d of %,d", probesLost, probes));
        row(text, "Events received / duplicated / out of order", String.format("%,d / %,d / %,d", events,
                eventsDuplicated, eventsOutOfOrder));
        row(text, "Threads before / after", before.threads() + " / " + after.threads());
        row(text, "Heap after GC before / after", String.format("%.1f MiB / %.1f MiB", mib(before.heapBytes()),
                mib(after.heapBytes())));
        row(text, "A request after the last fault", finalRequest ? "answered" : "NOT answered");
        if (!sentTwiceSamples.isEmpty() || !eventSamples.isEmpty() || !defects.isEmpty()) {
            text.append("\nAnomalies (first of each kind):\n\n");
            sentTwiceSamples.forEach(s -> text.append("- sent twice: ").append(s).append('\n'));
            eventSamples.forEach(s -> text.append("- event: ").append(s).append('\n'));
            defects.forEach(s -> text.append("- ").append(s).append('\n'));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String figure, String value) {
        text.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
