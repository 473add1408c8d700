package org.camelcsta.benchmarks.scale;

/**
 * What the reconnect benchmark found, over its rounds.
 *
 * @param monitors               monitors on the session
 * @param rounds                 connections dropped
 * @param medianMillis           drop to every monitor running again, median
 * @param maxMillis              the same, worst round
 * @param medianRestoreMillis    logged in again to every monitor running again, median
 * @param reconnectDelayMillis   the first reconnect delay configured (the component's default), before jitter
 */
public record ReconnectResult(int monitors, int rounds, long medianMillis, long maxMillis, long medianRestoreMillis,
                              long reconnectDelayMillis) {
}
