package org.camelcsta.component;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code CamelCstaEventId} is set on every event of a route that asks for it with {@code eventId=true}, and only there. */
class EventIdOptionTest extends ScriptedServerTestSupport {

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        if (request.name().equals("MonitorStart")) {
            String device = request.text("monitorObject", "deviceObject");
            connection.reply(request, new MonitorStartResponse("m-" + device, null));
            connection.send(delivered(device, "newCall"));
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=101&eventId=true").to("mock:withId");
                from("csta:monitor?devices=102").to("mock:withoutId");
                from("csta:monitor?devices=103&eventId=true&bridgeErrorHandler=true").routeId("bridged")
                        .onException(Exception.class).handled(true).to("mock:failed").end()
                        .to("mock:bridged");
            }
        };
    }

    /** An event whose id cannot be made fails as its route would, not inside the session's event queue. */
    @Test
    void anEventWhoseIdCannotBeMadeGoesToTheRoutesErrorHandler() throws Exception {
        MockEndpoint failed = getMockEndpoint("mock:failed");
        failed.expectedMessageCount(1);
        CstaConsumer consumer = (CstaConsumer) context.getRoute("bridged").getConsumer();
        assertNull(consumer.onEvent(new Unwritable(Optional.of("x"))));
        failed.assertIsSatisfied();
        assertInstanceOf(IllegalArgumentException.class, failed.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT));
    }

    /** Its field is one the binder's mapper cannot write. */
    private record Unwritable(Optional<String> field) implements CstaEvent {
        @Override
        public String messageName() {
            return "DeliveredEvent";
        }

        @Override
        public PrivateData privateData() {
            return null;
        }
    }

    @Test
    void onlyARouteThatAsksForTheEventIdGetsIt() throws Exception {
        MockEndpoint withId = getMockEndpoint("mock:withId");
        MockEndpoint withoutId = getMockEndpoint("mock:withoutId");
        withId.expectedMessageCount(1);
        withoutId.expectedMessageCount(1);
        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);

        Message identified = withId.getExchanges().get(0).getIn();
        Message anonymous = withoutId.getExchanges().get(0).getIn();
        assertTrue(identified.getHeader(CstaConstants.EVENT_ID, String.class).matches("[0-9a-f]{32}"));
        assertNull(anonymous.getHeader(CstaConstants.EVENT_ID));
        assertEquals("DeliveredEvent", anonymous.getHeader(CstaConstants.EVENT_TYPE), "every other header is set");
        assertEquals("SIP/1", anonymous.getHeader(CstaConstants.CALL_ID));
    }
}
