package org.camelcsta.benchmarks.responder;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The blasts of one connection, run one after the other: a blast that the channel pushes back on waits for
 * {@link #resume()} on writability. Used on the connection's event loop only.
 */
final class EventBlasts {

    private final Queue<EventBlast> queue = new ArrayDeque<>();

    void add(EventBlast blast) {
        queue.add(blast);
        resume();
    }

    /** Writes on until the channel pushes back or every blast is done. */
    void resume() {
        while (!queue.isEmpty()) {
            EventBlast current = queue.peek();
            current.resume();
            if (!current.isDone()) {
                return; // the channel pushes back; writability brings us here again
            }
            queue.poll();
        }
    }

    void clear() {
        queue.clear();
    }
}
