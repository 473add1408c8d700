package org.camelcsta.examples;

/**
 * Where the call log's lines go: a file ({@link CallLogWriter}) or, in active-active mode, a table
 * ({@link CallLogTable}).
 */
public interface CallLogSink {

    /**
     * Writes the entry as one line.
     *
     * @return the line
     */
    String append(CallLogEntry entry) throws Exception;
}
