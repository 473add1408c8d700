package org.camelcsta.component;

import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Requests are spelled as the server reads them: {@code deviceID} and {@code SnapShotDevice} to a current server
 * (whose login reply names CSTA ed6, or by the option dialect=current), {@code deviceId} and {@code SnapshotDevice} to
 * the 2020 server. The names on the wire are checked as the server received them.
 */
class WireDialectTest {

    private static final Map<String, Object> LEG = Map.of(CstaConstants.CALL_ID, "SIP/1", CstaConstants.DEVICE_ID, "200");

    /** Answers every request with an empty reply of its name. */
    abstract static class DialectSupport extends ScriptedServerTestSupport {

        @Override
        protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
            connection.reply(request, new GenericMessage(request.name() + "Response", JsonNodeFactory.instance.objectNode()));
        }

        @Override
        protected RouteBuilder createRouteBuilder() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:hold").to("csta:holdCall" + options());
                    from("direct:pickup").to("csta:directedPickupCall?requestingDevice=201" + options().replace('?', '&'));
                    from("direct:snapshot").to("csta:snapshotDevice?snapshotObject=u-12345678-200"
                                               + options().replace('?', '&'));
                }
            };
        }

        String options() {
            return "";
        }

        GenericMessage sent(String route, String name) {
            template.requestBodyAndHeaders(route, null, LEG);
            return server.received.stream().filter(m -> m.name().equalsIgnoreCase(name)).reduce((a, b) -> b).orElseThrow();
        }
    }

    @Nested
    class ToACurrentServer extends DialectSupport {

        @Override
        protected String protocolVersion() {
            return "http://www.ecma.ch/standards/ecma-323/csta/ed6";
        }

        @Test
        void writesDeviceIdInCapitalsAndSnapShotDevice() {
            GenericMessage hold = sent("direct:hold", "HoldCall");
            assertEquals("200", hold.text("callToBeHeld", "deviceID"));
            assertNull(hold.text("callToBeHeld", "deviceId"));
            GenericMessage pickup = sent("direct:pickup", "DirectedPickupCall");
            assertEquals("200", pickup.text("callToBePickedUp", "deviceID"));
            assertEquals("201", pickup.text("requestingDevice", "deviceID"));
            assertEquals("SnapShotDevice", sent("direct:snapshot", "SnapShotDevice").name());
        }
    }

    @Nested
    class ToThe2020Server extends DialectSupport {

        @Test
        void writesTheSeedsNames() {
            GenericMessage hold = sent("direct:hold", "HoldCall");
            assertEquals("200", hold.text("callToBeHeld", "deviceId"));
            assertNull(hold.text("callToBeHeld", "deviceID"));
            assertEquals("SnapshotDevice", sent("direct:snapshot", "SnapshotDevice").name());
        }
    }

    @Nested
    class ByTheOption extends DialectSupport {

        @Override
        String options() {
            return "?dialect=current";
        }

        @Test
        void aServerThatSaysNothingOfItsEditionIsSpokenToAsCurrent() {
            assertEquals("200", sent("direct:hold", "HoldCall").text("callToBeHeld", "deviceID"));
            assertEquals("SnapShotDevice", sent("direct:snapshot", "SnapShotDevice").name());
        }
    }
}
