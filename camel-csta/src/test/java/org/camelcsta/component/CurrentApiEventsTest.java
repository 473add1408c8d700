package org.camelcsta.component;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DoNotDisturbEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.HeldEvent;
import org.camelcsta.protocol.model.MemberList;
import org.camelcsta.protocol.model.MemberListItem;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.QueueMemberEvent;
import org.camelcsta.protocol.model.TransferedEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A monitor of {@code u-} and {@code q-} objects on a current server: each event of the current API is routed typed,
 * with its name as sent, its leg, its privateData and its device as headers; an unknown event still arrives.
 */
class CurrentApiEventsTest extends ScriptedServerTestSupport {

    private static final String USER = "u-12345678-200";
    private static final String QUEUE = "q-12345678-400";

    @Override
    protected String protocolVersion() {
        return "http://www.ecma.ch/standards/ecma-323/csta/ed6";
    }

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        if (request.name().equals("MonitorStart")) {
            String object = request.text("monitorObject", "deviceObject");
            connection.reply(request, new MonitorStartResponse(object, null));
            if (object.equals(QUEUE)) {
                sendEvents(connection);
            }
        }
    }

    private static void sendEvents(ScriptedXmlServer.Connection connection) {
        connection.send(new HeldEvent(USER, new ConnectionId("SIP/hpbx-1", "200"), new DeviceIdentifier("200"), "held",
                null, CallLinkageData.of("g-1"), new PrivateData(null, "John Doe", "Held", "Outbound", "22334455", true,
                "HoldCall", null, null)));
        connection.send(new TransferedEvent(USER, new ConnectionId("SIP/hpbx-2", "200"), new DeviceIdentifier("200"),
                new DeviceIdentifier("202"), null, "singleStepTransfer", null, null));
        connection.send(new DoNotDisturbEvent(USER, new DeviceIdentifier("200"), true, null));
        connection.send(new QueueMemberEvent(QUEUE, new MemberList(List.of(new MemberListItem(true, true, true, true,
                "200"))), null));
        ObjectNode unknown = JsonNodeFactory.instance.objectNode();
        unknown.put("monitorCrossRefID", USER);
        connection.send(new GenericMessage("RetrievedEvent", unknown));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=" + USER + "," + QUEUE).to("mock:events");
            }
        };
    }

    @Test
    void routesEveryEventTypedWithItsHeaders() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(5);
        events.assertIsSatisfied();
        List<Exchange> received = events.getReceivedExchanges();

        Message held = received.get(0).getIn();
        assertInstanceOf(HeldEvent.class, held.getBody());
        assertEquals("HeldEvent", held.getHeader(CstaConstants.EVENT_TYPE));
        assertEquals("SIP/hpbx-1", held.getHeader(CstaConstants.CALL_ID));
        assertEquals("200", held.getHeader(CstaConstants.DEVICE_ID));
        assertEquals("Held", held.getHeader(CstaConstants.EVENT_LOCAL_STATUS));
        assertEquals("Outbound", held.getHeader(CstaConstants.EVENT_CALL_DIRECTION));
        assertEquals("22334455", held.getHeader(CstaConstants.EVENT_REMOTE_USER));
        assertEquals("John Doe", held.getHeader(CstaConstants.EVENT_CALLER_NAME));
        assertEquals("HoldCall", held.getHeader(CstaConstants.EVENT_CSTA_CALL_REQUEST_TYPE));
        assertEquals(true, held.getHeader(CstaConstants.EVENT_IS_CSTA_ORIGINATED));

        Message transfered = received.get(1).getIn();
        assertEquals("TransferedEvent", transfered.getHeader(CstaConstants.EVENT_TYPE));
        assertEquals("SIP/hpbx-2", transfered.getHeader(CstaConstants.CALL_ID));
        assertEquals("singleStepTransfer", transfered.getHeader(CstaConstants.CAUSE));

        Message dnd = received.get(2).getIn();
        assertInstanceOf(DoNotDisturbEvent.class, dnd.getBody());
        assertEquals("200", dnd.getHeader(CstaConstants.EVENT_DEVICE));
        assertEquals(true, dnd.getHeader(CstaConstants.EVENT_DO_NOT_DISTURB_ON));

        Message member = received.get(3).getIn();
        assertInstanceOf(QueueMemberEvent.class, member.getBody());
        assertEquals(QUEUE, member.getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
        assertEquals("400", member.getHeader(CstaConstants.EVENT_DEVICE));
        assertEquals(true, received.get(3).getContext().getTypeConverter().convertTo(String.class, member.getBody())
                .contains("\"agentDN\":\"200\""));

        Message unknown = received.get(4).getIn();
        assertInstanceOf(GenericMessage.class, unknown.getBody());
        assertEquals("RetrievedEvent", unknown.getHeader(CstaConstants.EVENT_TYPE));
    }
}
