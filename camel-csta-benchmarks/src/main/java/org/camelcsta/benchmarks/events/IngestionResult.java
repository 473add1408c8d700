package org.camelcsta.benchmarks.events;

/**
 * What one client did with the blasts of the event ingestion benchmark.
 *
 * @param eventsPerSecond the median of the measured rounds
 * @param best            the best measured round
 * @param rounds          the measured rounds
 * @param eventsPerRound  events per blast
 * @param lost            events missing over all rounds, warm-up included
 * @param outOfOrder      events out of order over all rounds, warm-up included
 */
public record IngestionResult(double eventsPerSecond, double best, int rounds, long eventsPerRound, long lost,
                              long outOfOrder) {

    /** Whether every blast was measured with none of its events lost or out of order. */
    public boolean complete() {
        return lost == 0 && outOfOrder == 0 && rounds > 0;
    }
}
