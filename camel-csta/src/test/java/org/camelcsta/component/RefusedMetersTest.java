package org.camelcsta.component;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A meter registry that refuses the component's meters by throwing (as Prometheus's does, set to throw, for a name that
 * it already has with other tag keys): requests get their replies and events reach their routes all the same (before,
 * the request's exchange never completed and the event was dropped).
 */
class RefusedMetersTest extends ScriptedServerTestSupport {

    private static final Set<String> REFUSED = Set.of("csta.requests", "csta.events");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        meters.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (REFUSED.contains(id.getName())) {
                    throw new IllegalArgumentException("a meter named '" + id.getName()
                                                       + "' is already registered with other tag keys");
                }
                return id;
            }
        });
        context.getRegistry().bind("meters", meters);
        return context;
    }

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "MakeCall" -> connection.reply(request, new MakeCallResponse(new ConnectionId("SIP/321", "123"), null));
            case "MonitorStart" -> {
                String device = request.text("monitorObject", "deviceObject");
                connection.reply(request, new MonitorStartResponse("m-" + device, null));
                connection.send(delivered(device, "newCall"));
            }
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=123&calledDirectoryNumber=321");
                from("csta:monitor?devices=150").to("mock:events");
            }
        };
    }

    @Test
    void aRequestGetsItsReply() throws Exception {
        CompletableFuture<Object> reply = template.asyncRequestBody("direct:call", null);
        MakeCallResponse response = assertInstanceOf(MakeCallResponse.class, reply.get(5, TimeUnit.SECONDS));
        assertEquals("SIP/321", response.callingDevice().callId());
    }

    @Test
    void anEventReachesItsRoute() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        events.expectedHeaderReceived(CstaConstants.CAUSE, "newCall");
        MockEndpoint.assertIsSatisfied(context, 10, TimeUnit.SECONDS);
    }
}
