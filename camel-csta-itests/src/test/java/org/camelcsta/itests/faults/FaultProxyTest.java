package org.camelcsta.itests.faults;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.camelcsta.itests.faults.RequestOutcomes.Outcome.HUNG;
import static org.camelcsta.itests.faults.RequestOutcomes.Outcome.OTHER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * About fifty seconds of connection faults between the component and the simulator (clean closes, resets, cuts
 * in the middle of a frame, stalls, black holes), with routes sending requests and a monitor route receiving
 * events all along. Seeded: a failure names its seed, and the same seed picks the same faults.
 */
class FaultProxyTest {

    private static final long SEED = Long.getLong("faults.seed", 20_251_010L);
    private static final Duration FAULTS_FOR = Duration.ofSeconds(Long.getLong("faults.seconds", 50));
    private static final int MAX_THREAD_GROWTH = 8;
    private static final long MAX_HEAP_GROWTH = 48L * 1024 * 1024;

    @Test
    void everyRequestEndsOnceAndEveryMonitorComesBackThroughFaults() throws Exception {
        ChaosReport report = new ChaosRun(ChaosSettings.test(FAULTS_FOR, SEED)).run();
        System.out.println("Fault proxy run, seed " + SEED + ":\n" + report.toMarkdown());

        assertAll("seed " + SEED + "\n" + report.toMarkdown(),
                () -> assertTrue(report.drops() >= 20, "faults dropped connections"),
                () -> assertTrue(report.requests() >= 100, "requests were sent"),
                () -> assertEquals(0, report.outcome(HUNG), "requests without an outcome in time"),
                () -> assertEquals(0, report.outcome(OTHER), "requests that failed with no CSTA outcome"),
                () -> assertEquals(0, report.sentTwice(), "requests that reached the server twice"),
                () -> assertEquals(0, report.notRecovered(), "faults after which a monitor was not back in time"),
                () -> assertEquals(0, report.probesLost(), "events lost after a recovery"),
                () -> assertEquals(0, report.eventsDuplicated(), "events duplicated"),
                () -> assertEquals(0, report.eventsOutOfOrder(), "events out of order"),
                () -> assertTrue(report.finalRequest(), "a request after the last fault is answered"),
                () -> assertTrue(report.defects().isEmpty(), "other defects: " + report.defects()),
                () -> assertTrue(report.after().threads() <= report.before().threads() + MAX_THREAD_GROWTH,
                        "threads grew from " + report.before().threads() + " to " + report.after().threads()),
                () -> assertTrue(report.after().heapBytes() <= report.before().heapBytes() + MAX_HEAP_GROWTH,
                        "heap grew from " + report.before().heapBytes() + " to " + report.after().heapBytes()));
    }
}
