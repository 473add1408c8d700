package org.camelcsta.benchmarks.events;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camelcsta.benchmarks.responder.EventTemplate;
import org.camelcsta.protocol.model.CallEvent;
import org.camelcsta.protocol.model.CstaEvent;

/**
 * Counts the events of one blast and checks that they come complete and in order: event n must follow event
 * n-1. Fed by one thread at a time (the consumer's ordered dispatch, or the raw client's I/O thread); the
 * figures are read after {@link #await} returns, which orders them after the last event.
 */
final class SequenceChecker {

    private long expected;
    private long received;
    private long outOfOrder;
    private long last;
    private CountDownLatch done = new CountDownLatch(0);

    /** Starts a blast of {@code count} events numbered 1..count. */
    void expect(long count) {
        expected = count;
        received = 0;
        outOfOrder = 0;
        last = 0;
        done = new CountDownLatch(1);
    }

    void accept(CstaEvent event) {
        long sequence = event instanceof CallEvent call && call.connection() != null
                ? EventTemplate.sequenceOf(call.connection().callId()) : -1;
        if (sequence != last + 1) {
            outOfOrder++;
        }
        last = sequence;
        if (++received == expected) {
            done.countDown();
        }
    }

    /** Waits for the whole blast; {@code false} if it did not arrive in time. */
    boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long received() {
        return received;
    }

    /** Events that did not arrive. */
    long lost() {
        return expected - received;
    }

    /** Events whose predecessor was not the event before them. */
    long outOfOrder() {
        return outOfOrder;
    }
}
