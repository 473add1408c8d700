package org.camelcsta.client.transport;

import org.camelcsta.protocol.model.GenericMessage;

/** What a transport reports to its session. Called on the transport's I/O thread: must not block. */
public interface TransportListener {

    /**
     * A message arrived (a reply or an event), not yet bound to its type. A reply is handed over at once; an event
     * waits in its routes' queues until {@link #onReadComplete()}.
     *
     * @param frameSize the size of the message on the wire (bytes, or characters for socket.io), which the
     *                  session counts against its byte budget while the message waits in a queue
     */
    void onMessage(GenericMessage message, int frameSize);

    /**
     * What one read of the connection gave has been reported: the events are handed to their routes. A transport
     * calls it after every read that reported messages (the TCP transport once for all the frames of a read,
     * socket.io once the library's event thread has caught up with what was read, or every few dozen messages).
     */
    void onReadComplete();

    /** The connection ended; {@code cause} is {@code null} for a close that we asked for. */
    void onClosed(Throwable cause);
}
