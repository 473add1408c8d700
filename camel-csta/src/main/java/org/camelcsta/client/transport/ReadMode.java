package org.camelcsta.client.transport;

/** What the session asks of a transport's reading: back-pressure in two strengths. */
public enum ReadMode {

    /** Read as fast as the server sends. */
    READ,

    /**
     * A subscriber is behind and no reply is awaited: stop reading if that costs nothing. A transport whose
     * heartbeats share the stream (socket.io) keeps reading, into the session's byte budget.
     */
    PAUSE,

    /** The session's byte budget for queued events is spent: stop reading, whatever it costs. */
    STOP
}
