package org.camelcsta.client.transport;

import org.camelcsta.protocol.LogText;

/**
 * A failure's cause as a short, safe text for an error message or a log line: its message (which may come
 * from the server) capped with {@link LogText#cap}, or its kind where it has no message (a closed channel has
 * none), so that no error reads "...: null".
 */
public final class CauseText {

    private CauseText() {
    }

    /** The cause's message, capped, or its class name; {@code "closed"} for {@code null}. */
    public static String of(Throwable cause) {
        if (cause == null) {
            return "closed";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : LogText.cap(message);
    }
}
