package org.camelcsta.itests.faults;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.camelcsta.itests.faults.ProxiedConnection.Direction;

/** The faults the proxy inflicts on every connection open at the time; all but a stall end the connections. */
public enum Fault {
    CLEAN_CLOSE, RESET, CUT_TO_SERVER, CUT_TO_CLIENT, STALL, BLACK_HOLE;

    /** How long a black hole lasts before the connection is reset: longer than keep-alive takes to notice. */
    public static final Duration BLACK_HOLE_LENGTH = Duration.ofSeconds(3);

    private static final Duration CUT_PATIENCE = Duration.ofSeconds(3);

    /** Whether the fault ends the connections (everything but a stall). */
    public boolean drops() {
        return this != STALL;
    }

    /** Inflicts the fault; returns when it is done (a stall or black hole after its length). */
    void inflict(List<ProxiedConnection> connections, Random random) {
        switch (this) {
            case CLEAN_CLOSE -> connections.forEach(ProxiedConnection::close);
            case RESET -> connections.forEach(ProxiedConnection::reset);
            case CUT_TO_SERVER -> cut(connections, Direction.TO_SERVER);
            case CUT_TO_CLIENT -> cut(connections, Direction.TO_CLIENT);
            case STALL -> {
                connections.forEach(ProxiedConnection::hold);
                pause(Duration.ofMillis(100 + random.nextInt(700)));
                connections.forEach(ProxiedConnection::release);
            }
            case BLACK_HOLE -> {
                connections.forEach(ProxiedConnection::hold);
                pause(BLACK_HOLE_LENGTH);
                connections.forEach(ProxiedConnection::reset);
            }
        }
    }

    /** Cuts at the next bytes that flow (keep-alive makes some every second), else closes after a while. */
    private static void cut(List<ProxiedConnection> connections, Direction direction) {
        connections.forEach(c -> c.cutMidFrame(direction));
        long deadline = System.nanoTime() + CUT_PATIENCE.toNanos();
        while (connections.stream().anyMatch(ProxiedConnection::isOpen) && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(2));
        }
        connections.forEach(ProxiedConnection::close);
    }

    /** The fault's own length (a network that stalls), not a wait for anything. */
    private static void pause(Duration length) {
        LockSupport.parkNanos(length.toNanos());
    }
}
