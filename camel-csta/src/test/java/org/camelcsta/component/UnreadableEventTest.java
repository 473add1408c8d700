package org.camelcsta.component;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.testing.LogCapture;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event whose fields cannot be bound to its record (bound on an event thread, not on the I/O thread) is skipped:
 * the events after it reach the route, in order, and the connection stays. A flood of them is one warning.
 */
class UnreadableEventTest extends ScriptedServerTestSupport {

    private static final int UNREADABLE = 300;

    // where the session logs the events it skips
    private final LogCapture log = LogCapture.of("org.camelcsta.client.ReadEvent");

    @AfterEach
    void release() {
        log.close();
    }

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        if (request.name().equals("MonitorStart")) {
            connection.reply(request, new MonitorStartResponse("m-101", null));
            connection.send(delivered("101", "1"));
            for (int i = 0; i < UNREADABLE; i++) {
                connection.sendRaw(("<DoNotDisturbEvent><monitorCrossRefID>m-101</monitorCrossRefID><device>"
                                    + "<deviceIdentifier>101</deviceIdentifier></device><doNotDisturbOn>perhaps"
                                    + "</doNotDisturbOn></DoNotDisturbEvent>").getBytes(StandardCharsets.UTF_8));
            }
            connection.send(delivered("101", "2"));
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=101").to("mock:events");
            }
        };
    }

    @Test
    void theEventsAfterUnreadableOnesArriveOnTheSameConnectionAndTheirFloodIsOneWarning() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedHeaderValuesReceivedInAnyOrder(CstaConstants.CAUSE, "1", "2");
        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);

        assertEquals("1", events.getExchanges().get(0).getIn().getHeader(CstaConstants.CAUSE));
        assertEquals(2, events.getReceivedCounter(), "the unreadable events are not routed");
        assertEquals(1, server.connections().size(), "the connection stays");
        assertEquals(1, log.warnings().size(), () -> log.lines().size() + " lines for " + UNREADABLE + " events");
    }
}
