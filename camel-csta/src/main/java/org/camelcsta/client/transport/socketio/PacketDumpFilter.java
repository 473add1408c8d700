package org.camelcsta.client.transport.socketio;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the socket.io library's packet dumps out of the logs. At {@code FINE} (a bridge to SLF4J makes that DEBUG)
 * the library logs every packet it encodes, writes, emits or decodes in full: the login's password with the
 * {@code StartApplicationSession}, and the server's text uncapped. Those lines are dropped; its other debug lines
 * (connecting, closing, transports) stay.
 */
final class PacketDumpFilter implements Filter {

    /** Held here: JUL holds its loggers weakly, and one collected would come back without the filter. */
    private static final List<Logger> DUMPING = List.of(Logger.getLogger("io.socket.parser.IOParser"),
            Logger.getLogger("io.socket.client.Manager"), Logger.getLogger("io.socket.client.Socket"),
            Logger.getLogger("io.socket.engineio.client.Socket"));
    /** How socket.io-client 1.0's dumps begin. */
    private static final List<String> DUMPS = List.of("encoding packet ", "encoded ", "decoded ", "writing packet ",
            "emitting event ", "calling ack ", "sending ack ", "socket received: ");

    /** A filter set on the logger before, which still decides what this one lets through; or {@code null}. */
    private final Filter before;

    private PacketDumpFilter(Filter before) {
        this.before = before;
    }

    /** Installs the filter on the library's loggers that dump packets, unless it is there already. */
    static synchronized void install() {
        for (Logger logger : DUMPING) {
            if (!(logger.getFilter() instanceof PacketDumpFilter)) {
                logger.setFilter(new PacketDumpFilter(logger.getFilter()));
            }
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        boolean dump = message != null && DUMPS.stream().anyMatch(message::startsWith);
        return !dump && (before == null || before.isLoggable(record));
    }
}
