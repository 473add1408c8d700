package org.camelcsta.itests.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.CstaSession;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * More than ten thousand hostile frames of some forty kinds from the server, with numbered valid events between
 * them: the route gets every valid event in order, on the one connection and the one login, in bounded memory,
 * and a request after them is answered.
 */
class HostileFrameTest extends CamelTestSupport {

    private static final long SEED = 20_251_010L;
    private static final int HOSTILE = 10_400;
    private static final int HOSTILE_PER_VALID = 4;
    private static final int FRAME_LIMIT = 64 * 1024;
    private static final long MAX_HEAP_GROWTH = 64L * 1024 * 1024;

    private HostileXmlServer server;
    private final List<String> valid = new CopyOnWriteArrayList<>();
    private final AtomicInteger others = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        server = HostileXmlServer.start();
        CamelContext context = super.createCamelContext();
        CstaConfiguration configuration = context.getComponent("csta", CstaComponent.class).getConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(server.port());
        configuration.setUsername("test@mydomain");
        configuration.setPassword("bla.bla");
        configuration.setPbxDomain("12345678.pbx.one-connect.dk");
        configuration.setMaxFrameSize(FRAME_LIMIT);
        configuration.setRequestTimeout(5000);
        configuration.setReconnectDelay(50);
        configuration.setMaxReconnectDelay(500);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=130").process(exchange -> {
                    String callId = exchange.getMessage().getHeader(CstaConstants.CALL_ID, String.class);
                    if (callId != null && callId.startsWith("V")) {
                        valid.add(callId);
                    } else {
                        others.incrementAndGet(); // a hostile event a reader may accept; never a numbered one
                    }
                });
                from("direct:snapshot").to("csta:snapshotDevice?snapshotObject=130");
            }
        };
    }

    @Override
    protected void doPostTearDown() throws Exception {
        context.stop();
        if (server != null) {
            server.close();
        }
        super.doPostTearDown();
    }

    @Test
    void everyValidEventArrivesInOrderThroughHostileFrames() throws Exception {
        CstaSession session = context.getComponent("csta", CstaComponent.class).getSessions().get(0);
        await().until(() -> session.activeMonitors() == 1);
        ResourceSample before = ResourceSample.take();
        HostileFrames hostile = new HostileFrames(HostileXmlServer.MONITOR, FRAME_LIMIT, true, SEED);
        assertTrue(hostile.kindNames().size() >= 25, "kinds: " + hostile.kindNames());

        int lostWrites = stream(hostile);

        int validSent = HOSTILE / HOSTILE_PER_VALID;
        if (lostWrites == 0) {
            await().atMost(Duration.ofSeconds(60)).until(() -> valid.size() >= validSent);
        }
        ResourceSample after = ResourceSample.take();
        String figures = String.format("frames the closed connection refused %,d; valid events routed %,d of %,d, "
                        + "first out of order at %d; other events routed %,d; connections %d, logins %d; heap %.1f -> "
                        + "%.1f MiB", lostWrites, valid.size(), validSent, firstOutOfOrder(), others.get(),
                server.connectionCount(), server.loginCount(), before.heapBytes() / 1048576.0,
                after.heapBytes() / 1048576.0);
        System.out.println("Hostile frames: " + figures);
        assertAll(figures,
                () -> assertEquals(validSent, valid.size(), "valid events routed"),
                () -> assertEquals(-1, firstOutOfOrder(), "the first valid event out of order"),
                () -> assertEquals(1, server.connectionCount(), "connections"),
                () -> assertEquals(1, server.loginCount(), "logins"),
                () -> assertTrue(after.heapBytes() <= before.heapBytes() + MAX_HEAP_GROWTH, "heap growth"));
        assertEquals("SnapshotDeviceResponse", template.request("direct:snapshot", null).getMessage()
                .getHeader(CstaConstants.MESSAGE_TYPE), "a request after the hostile frames is answered");
    }

    /**
     * Writes the hostile frames with a numbered valid event after every few. Where the client closes the
     * connection, the stream goes on on its next one once the monitor is back, so that a failure shows how much
     * is lost; returns the writes that failed on a closed connection.
     */
    private int stream(HostileFrames hostile) {
        int number = 0;
        int failedWrites = 0;
        for (int i = 0; i < HOSTILE; i++) {
            HostileXmlServer.Connection connection = server.latestConnection();
            try {
                connection.send(hostile.next(), false);
                if ((i + 1) % HOSTILE_PER_VALID == 0) {
                    connection.send(validEvent(++number));
                }
            } catch (IOException e) {
                failedWrites++;
                await().atMost(Duration.ofSeconds(10)).until(() -> server.latestConnection() != connection
                        && server.monitorStartCount() >= server.connectionCount());
            }
        }
        return failedWrites;
    }

    private static DeliveredEvent validEvent(int number) {
        DeviceIdentifier device = new DeviceIdentifier("130");
        return new DeliveredEvent(HostileXmlServer.MONITOR, new ConnectionId("V" + number, "130"), device,
                new DeviceIdentifier("55501234"), device, null, "alerting", "newCall", null, null, null, null, null);
    }

    /** The index of the first valid event that is not the next number, or -1. */
    private int firstOutOfOrder() {
        for (int i = 0; i < valid.size(); i++) {
            if (!valid.get(i).equals("V" + (i + 1))) {
                return i;
            }
        }
        return -1;
    }
}
