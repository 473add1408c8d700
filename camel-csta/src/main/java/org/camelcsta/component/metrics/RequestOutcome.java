package org.camelcsta.component.metrics;

import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaTimeoutException;

/** The {@code outcome} tag of {@code csta.requests}. */
enum RequestOutcome {
    OK, ERROR, TIMEOUT, CONNECTION;

    /** @param cause the request's failure, unwrapped; {@code null} for a reply */
    static RequestOutcome of(Throwable cause) {
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
