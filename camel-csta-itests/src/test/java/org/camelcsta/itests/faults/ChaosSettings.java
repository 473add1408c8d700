package org.camelcsta.itests.faults;

import java.time.Duration;

/**
 * What a {@link ChaosRun} does.
 *
 * @param faultsFor        how long faults are inflicted
 * @param seed             the seed of every random choice (which fault, when, how long a stall)
 * @param mix              how often each fault is picked
 * @param maxQuietBetween  the longest quiet time between the recovery from one fault and the next fault
 * @param requestTimeout   the component's {@code requestTimeout}
 * @param recoveryLimit    how long the session may take to be back with every monitor before that counts as a defect
 */
public record ChaosSettings(Duration faultsFor, long seed, FaultMix mix, Duration maxQuietBetween,
                            Duration requestTimeout, Duration recoveryLimit) {

    /** A request's outcome may come this much later than its timeout before it counts as hung. */
    public static final Duration OUTCOME_MARGIN = Duration.ofSeconds(2);

    /** The settings of the bounded test: about {@code faultsFor} of faults, a black hole now and then. */
    public static ChaosSettings test(Duration faultsFor, long seed) {
        return new ChaosSettings(faultsFor, seed, FaultMix.standard(4), Duration.ofMillis(400),
                Duration.ofSeconds(2), Duration.ofSeconds(10));
    }
}
