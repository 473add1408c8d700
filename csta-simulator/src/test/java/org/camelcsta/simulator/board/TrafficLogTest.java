package org.camelcsta.simulator.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;

import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.StartApplicationSession;
import org.junit.jupiter.api.Test;

/** The board's log keeps a fixed number of entries, and its lines never show the password. */
class TrafficLogTest {

    private static final SocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);

    @Test
    void keepsTheLatestEntriesAndCountsTheSkippedOnes() {
        TrafficLog log = new TrafficLog(3);
        for (int i = 0; i < 5; i++) {
            log.record(CLIENT, false, new MonitorStart("13" + i));
        }
        assertEquals(3, log.size());
        TrafficLog.Batch all = log.since(0);
        assertEquals(List.of(3L, 4L, 5L), all.entries().stream().map(TrafficLog.Entry::seq).toList());
        assertEquals(2, all.skipped());
        TrafficLog.Batch rest = log.since(4);
        assertEquals(List.of(5L), rest.entries().stream().map(TrafficLog.Entry::seq).toList());
        assertEquals(0, rest.skipped());
        TrafficLog.Batch none = log.since(5);
        assertTrue(none.entries().isEmpty());
        assertEquals(5, none.lastSeq(5));
    }

    @Test
    void summaryHidesThePassword() {
        MessageSummary summary = new MessageSummary();
        String login = summary.of(MessageBinder.standard().unbind(
                new StartApplicationSession("ann@example", "s3cret-pw", "1.pbx.example", 60)));
        assertFalse(login.contains("s3cret-pw"), login);
        assertTrue(login.contains("userID=ann@example"), login);
        assertTrue(login.contains("password=***"), login);
        String monitor = summary.of(new MonitorStart("130"));
        assertTrue(monitor.contains("130"), monitor);
    }

}
