package org.camelcsta.client.transport.socketio;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's packet dumps are dropped, its other lines kept, and a filter set before still applies. */
class PacketDumpFilterTest {

    private final Logger manager = Logger.getLogger("io.socket.client.Manager");

    @AfterEach
    void restore() {
        manager.setFilter(null);
        PacketDumpFilter.install();
    }

    @Test
    void dropsTheDumpsKeepsTheRestAndKeepsTheFilterItFound() {
        manager.setFilter(null);
        Filter before = record -> !record.getMessage().startsWith("refused by the filter before");
        manager.setFilter(before);

        PacketDumpFilter.install();
        Filter installed = manager.getFilter();
        PacketDumpFilter.install();

        assertSame(installed, manager.getFilter(), "installed once, not around itself");
        assertFalse(installed.isLoggable(record("writing packet {\"type\":2,\"data\":[\"message\",\"secret\"]}")));
        assertFalse(installed.isLoggable(record("refused by the filter before")));
        assertTrue(installed.isLoggable(record("opening http://127.0.0.1:7002")));
    }

    private static LogRecord record(String message) {
        return new LogRecord(Level.FINE, message);
    }
}
