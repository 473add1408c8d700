package org.camelcsta.simulator.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ScheduledFuture;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.simulator.pbx.PbxExecutor;

/**
 * The responses of one connection, sent in request order. Without a response delay a response leaves at
 * once; with one, each response waits until its due time, and never overtakes an earlier one, even when the
 * delay is shortened meanwhile. Used on the PBX thread only.
 */
final class ResponseQueue {

    private record Pending(CstaMessage response, long dueNanos) {
    }

    private final ClientConnection connection;
    private final FaultSettings faults;
    private final PbxExecutor executor;
    private final Queue<Pending> pending = new ArrayDeque<>();
    private long lastDueNanos = Long.MIN_VALUE;
    private ScheduledFuture<?> drain;

    ResponseQueue(ClientConnection connection, FaultSettings faults, PbxExecutor executor) {
        this.connection = connection;
        this.faults = faults;
        this.executor = executor;
    }

    void enqueue(CstaMessage response) {
        long now = System.nanoTime();
        long due = now + faults.responseDelay().toNanos();
        if (lastDueNanos != Long.MIN_VALUE && due - lastDueNanos < 0) {
            due = lastDueNanos;
        }
        lastDueNanos = due;
        if (pending.isEmpty() && due - now <= 0) {
            connection.send(response);
            return;
        }
        pending.add(new Pending(response, due));
        if (drain == null) {
            scheduleDrain(now);
        }
    }

    /** Forgets the responses not sent yet (the connection is gone). */
    void discard() {
        pending.clear();
        if (drain != null) {
            drain.cancel(false);
            drain = null;
        }
    }

    private void drain() {
        drain = null;
        long now = System.nanoTime();
        while (!pending.isEmpty() && pending.peek().dueNanos() - now <= 0) {
            connection.send(pending.poll().response());
        }
        if (!pending.isEmpty()) {
            scheduleDrain(now);
        }
    }

    private void scheduleDrain(long now) {
        drain = executor.schedule(this::drain, Duration.ofNanos(Math.max(0, pending.peek().dueNanos() - now)));
    }
}
