package org.camelcsta.itests.faults;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

import org.camelcsta.client.CstaSession;
import org.camelcsta.simulator.CstaSimulator;

/** Whether the session is back: logged in (on a new connection where one was dropped) with every monitor running. */
final class SessionHealth {

    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final CstaSession session;
    private final CstaSimulator simulator;
    private final List<String> monitored;

    SessionHealth(CstaSession session, CstaSimulator simulator, List<String> monitored) {
        this.session = session;
        this.simulator = simulator;
        this.monitored = monitored;
    }

    String sessionId() {
        return session.sessionId();
    }

    /**
     * Waits until the session is healthy, measuring how long that takes.
     *
     * @param droppedSession the session id of a dropped connection, which does not count as back; or {@code null}
     * @return the milliseconds until healthy, or -1 if {@code limit} passed first
     */
    long awaitRecovery(String droppedSession, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!isHealthy(droppedSession)) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            LockSupport.parkNanos(POLL_NANOS); // the measurement's resolution
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private boolean isHealthy(String droppedSession) {
        if (!session.isLoggedIn() || Objects.equals(session.sessionId(), droppedSession)
            || session.activeMonitors() != monitored.size()) {
            return false;
        }
        return monitored.stream().allMatch(device -> simulator.monitorCount(device) == 1);
    }
}
