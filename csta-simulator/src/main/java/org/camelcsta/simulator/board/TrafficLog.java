package org.camelcsta.simulator.board;

import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.session.ClientSession;
import org.camelcsta.simulator.session.TrafficListener;

/**
 * The last messages the client sessions received and sent, in a ring of fixed capacity: the oldest entry goes
 * when a new one comes, so the log never grows. Recording only keeps a reference (the messages are immutable);
 * the board formats an entry when it shows it.
 */
public final class TrafficLog implements TrafficListener {

    /** How many entries the simulator keeps for the board. */
    public static final int DEFAULT_CAPACITY = 500;

    /**
     * One message.
     *
     * @param seq      its number, counting from 1
     * @param time     when it passed, in epoch milliseconds
     * @param session  the client's address
     * @param received {@code true} for a request the simulator received, {@code false} for what it sent
     * @param message  the message
     */
    public record Entry(long seq, long time, SocketAddress session, boolean received, CstaMessage message) {
    }

    /**
     * The entries after a sequence number.
     *
     * @param entries the entries, oldest first
     * @param skipped how many entries after the asked sequence number are gone from the ring already
     */
    public record Batch(List<Entry> entries, long skipped) {

        /** The sequence number to ask from next time, or {@code after} when empty. */
        public long lastSeq(long after) {
            return entries.isEmpty() ? after + skipped : entries.get(entries.size() - 1).seq();
        }
    }

    private final Entry[] ring;
    private long lastSeq;

    public TrafficLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        ring = new Entry[capacity];
    }

    @Override
    public void received(ClientSession session, GenericMessage request) {
        record(session.connection().remoteAddress(), true, request);
    }

    @Override
    public void sent(ClientSession session, CstaMessage message) {
        record(session.connection().remoteAddress(), false, message);
    }

    synchronized void record(SocketAddress session, boolean received, CstaMessage message) {
        lastSeq++;
        ring[(int) (lastSeq % ring.length)] = new Entry(lastSeq, System.currentTimeMillis(), session, received,
                message);
    }

    /** The entries after {@code afterSeq} that are still in the ring. */
    public synchronized Batch since(long afterSeq) {
        long first = Math.max(afterSeq + 1, lastSeq - ring.length + 1);
        List<Entry> entries = new ArrayList<>((int) Math.max(0, lastSeq - first + 1));
        for (long seq = first; seq <= lastSeq; seq++) {
            entries.add(ring[(int) (seq % ring.length)]);
        }
        return new Batch(entries, Math.max(0, first - afterSeq - 1));
    }

    /** The sequence number of the newest entry; 0 before the first. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** How many entries the ring holds now. */
    public synchronized int size() {
        return (int) Math.min(lastSeq, ring.length);
    }

    /** How many entries the ring can hold. */
    public int capacity() {
        return ring.length;
    }
}
