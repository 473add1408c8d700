package org.camelcsta.itests.ha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.component.CstaConstants;

/**
 * The file that the instances of a test share: one tab-separated line per event an instance routed, per start and
 * per leadership won, each one append (whole or absent, never interleaved).
 */
final class EventLog {

    static final String STARTED = "started";
    static final String LEADER = "leader";

    private final Path file;
    private final String node;

    EventLog(Path file, String node) {
        this.file = file;
        this.node = node;
    }

    void started() {
        write(new Line(node, STARTED, "", "", "", System.currentTimeMillis(), ""));
    }

    void leader() {
        write(new Line(node, LEADER, "", "", "", System.currentTimeMillis(), ""));
    }

    void append(Exchange exchange) {
        write(line(exchange));
    }

    /** The line of an event an instance routed. */
    Line line(Exchange exchange) {
        Message in = exchange.getIn();
        String calls = in.getBody() instanceof MonitorSnapshot snapshot
                ? snapshot.calls().stream().map(call -> call.connectionId().callId()).collect(Collectors.joining(","))
                : "";
        String device = in.getHeader(CstaConstants.DEVICE_ID, in.getHeader(CstaConstants.MONITORED_DEVICE, String.class),
                String.class);
        return new Line(node, in.getHeader(CstaConstants.EVENT_TYPE, String.class), device,
                in.getHeader(CstaConstants.CALL_ID, "", String.class), in.getHeader(CstaConstants.EVENT_ID, String.class),
                exchange.getClock().getCreated(), calls);
    }

    private void write(Line line) {
        try {
            Files.write(file, (line.format() + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Line::parse).toList();
    }

    /**
     * @param calls for a MonitorSnapshot, the callIDs of the device's calls, comma-separated
     */
    record Line(String node, String type, String device, String callId, String eventId, long millis, String calls) {

        String format() {
            return String.join("\t", node, type, device, callId, eventId, Long.toString(millis), calls);
        }

        static Line parse(String text) {
            String[] f = text.split("\t", -1);
            return new Line(f[0], f[1], f[2], f[3], f[4], Long.parseLong(f[5]), f[6]);
        }

        boolean isEvent() {
            return !type.equals(STARTED) && !type.equals(LEADER) && !type.equals(MonitorSnapshot.NAME);
        }
    }
}
