package org.camelcsta.client;

import java.util.concurrent.CompletionException;

/** The failure behind a {@link CompletionException}, which a dependent future wraps around its cause. */
public final class CompletionCause {

    private CompletionCause() {
    }

    /** The wrapped cause, or the failure itself when nothing wraps it. */
    public static Throwable of(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
