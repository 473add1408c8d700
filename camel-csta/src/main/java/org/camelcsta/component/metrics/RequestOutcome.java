package org.camelcsta.component.metrics;

import java.util.concurrent.CompletionException;

import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaTimeoutException;

/** The {@code outcome} tag of {@code csta.requests}. */
enum RequestOutcome {
    OK, ERROR, TIMEOUT, CONNECTION;

    static RequestOutcome of(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null) {
            return OK;
        }
        if (cause instanceof CstaTimeoutException) {
            return TIMEOUT;
        }
        return cause instanceof CstaConnectionException ? CONNECTION : ERROR;
    }

    String tag() {
        return name().toLowerCase();
    }
}
