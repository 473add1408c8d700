package org.camelcsta.client;

import java.util.concurrent.TimeUnit;

import org.camelcsta.client.transport.CauseText;

/**
 * The wait of a session for its own retry after a failed attempt or a lost connection, and what each request that
 * comes meanwhile gets instead of connecting by itself: a refused login as the server gave it (it holds for every
 * request of the user), any other failure as a {@link CstaConnectionException} of its own, which names that failure
 * and when the next attempt is due. The request was not sent.
 */
final class RetryWait {

    private final SessionKey session;
    private final Throwable failure;
    private final long dueNanos;

    RetryWait(SessionKey session, Throwable failure, long retryInMillis) {
        this.session = session;
        this.failure = failure;
        this.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(retryInMillis);
    }

    /** What a request that comes now fails with. */
    Throwable failure() {
        if (failure instanceof CstaErrorException refused) {
            return refused;
        }
        long dueInMillis = Math.max(0, TimeUnit.NANOSECONDS.toMillis(dueNanos - System.nanoTime()));
        return new CstaConnectionException("not connected to " + session + ": the next attempt is due in " + dueInMillis
                + " ms, after " + CauseText.of(failure), failure);
    }
}
