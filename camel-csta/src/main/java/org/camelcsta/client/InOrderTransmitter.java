package org.camelcsta.client;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Hands the requests that the correlator lets go to the transmitter in the order it let them go, one at a time,
 * outside the correlator's lock. Requests are let go on several threads (the caller's, the I/O thread that read a
 * reply, a timer); the order matters where the server answers in order: a barrier must reach the server after
 * the request whose late reply it fences off. Whichever thread finds no one transmitting transmits them all.
 */
final class InOrderTransmitter {

    private final Consumer<PendingRequest> transmitter;
    private final Queue<PendingRequest> released = new ConcurrentLinkedQueue<>();
    private final AtomicInteger work = new AtomicInteger();

    /** @param transmitter writes a request to its connection; must not throw */
    InOrderTransmitter(Consumer<PendingRequest> transmitter) {
        this.transmitter = transmitter;
    }

    /** Queues a request to be transmitted; called under the correlator's lock, so in the order it is let go. */
    void add(PendingRequest request) {
        released.add(request);
    }

    /** Transmits what was added, unless another thread is at it (it then transmits this thread's too). */
    void flush() {
        // empty: what this thread added was taken by the thread transmitting, in order; so after most replies,
        // which let no request go, this costs no turn of the shared counter
        if (released.isEmpty() || work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            for (PendingRequest next = released.poll(); next != null; next = released.poll()) {
                transmitter.accept(next);
            }
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }
}
