package org.camelcsta.component;

import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input precedence, output headers and conversions of the producer, against a server that answers a
 * MakeCall with the devices it was given, so that the test sees what was sent.
 */
class CstaProducerTest extends ScriptedServerTestSupport {


    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "MakeCall" -> connection.reply(request, new MakeCallResponse(new ConnectionId(
                    "SIP/" + request.text("calledDirectoryNumber"), request.text("callingDevice")), null));
            case "MonitorStart" -> connection.reply(request, new MonitorStartResponse("m-1", null));
            case "ConferenceCall" -> connection.reply(request, new GenericMessage("ConferenceCallResponse",
                    JsonNodeFactory.instance.objectNode()));
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=123&calledDirectoryNumber=321");
                from("direct:json").to("csta:makeCall?callingDevice=123&calledDirectoryNumber=321")
                        .convertBodyTo(String.class);
                from("direct:test").to("csta:makeCall?test=ok&callingDevice=1&calledDirectoryNumber=2");
                from("direct:bare").to("csta:makeCall");
                from("direct:conference").to("csta:conferenceCall");
                from("direct:monitorStart").to("csta:monitorStart");
            }
        };
    }

    @Test
    void takesTheRequestFromUriOptionsAndSetsTheReplysHeaders() {
        Exchange exchange = template.request("direct:call", e -> { });
        MakeCallResponse response = assertInstanceOf(MakeCallResponse.class, exchange.getMessage().getBody());
        assertEquals(new ConnectionId("SIP/321", "123"), response.callingDevice());
        assertEquals("MakeCallResponse", exchange.getMessage().getHeader(CstaConstants.MESSAGE_TYPE));
        assertEquals("SIP/321", exchange.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("123", exchange.getMessage().getHeader(CstaConstants.DEVICE_ID));
        assertEquals("doNotPrompt", lastReceived("MakeCall").text("autoOriginate"));
    }

    @Test
    void headersOverrideUriOptions() {
        MakeCallResponse response = template.requestBodyAndHeaders("direct:call", null,
                Map.of(CstaConstants.CALLING_DEVICE, "124", CstaConstants.CALLED_DIRECTORY_NUMBER, "555"),
                MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/555", "124"), response.callingDevice());
    }

    /** The producer reuses the request it built last while what it is built from stays the same. */
    @Test
    void eachRequestIsBuiltFromItsOwnExchange() {
        for (int round = 0; round < 2; round++) {
            assertEquals(new ConnectionId("SIP/321", "123"), call(Map.of(), null));
            assertEquals(new ConnectionId("SIP/555", "123"), call(Map.of(CstaConstants.CALLED_DIRECTORY_NUMBER, "555"), null));
            assertEquals(new ConnectionId("SIP/555", "124"), call(Map.of(CstaConstants.CALLED_DIRECTORY_NUMBER, "555",
                    CstaConstants.CALLING_DEVICE, "124"), null));
            assertEquals(new ConnectionId("SIP/777", "123"), call(Map.of(), Map.of("calledDirectoryNumber", 777)));
        }
    }

    private ConnectionId call(Map<String, Object> headers, Object body) {
        return template.requestBodyAndHeaders("direct:call", body, headers, MakeCallResponse.class).callingDevice();
    }

    @Test
    void aMapOrJsonBodyOverridesHeaders() {
        MakeCallResponse fromMap = template.requestBodyAndHeader("direct:call", Map.of("calledDirectoryNumber", 777),
                CstaConstants.CALLING_DEVICE, "124", MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/777", "124"), fromMap.callingDevice());
        MakeCallResponse wrapped = template.requestBody("direct:call",
                "{\"MakeCall\": {\"callingDevice\": \"125\"}}", MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/321", "125"), wrapped.callingDevice());
    }

    @Test
    void aTypedBodyIsSentAsItIs() {
        MakeCallResponse response = template.requestBodyAndHeader("direct:call", new MakeCall("130", "131"),
                CstaConstants.CALLING_DEVICE, "124", MakeCallResponse.class);
        assertEquals(new ConnectionId("SIP/131", "130"), response.callingDevice());
    }

    @Test
    void convertsRepliesToTheirJsonForm() {
        String json = template.requestBody("direct:json", null, String.class);
        assertTrue(json.startsWith("{\"MakeCallResponse\":{\"callingDevice\":{\"deviceId\":\"123\",\"callID\":\"SIP/321\"},"
                                   + "\"privateData\":{\"requestID\":"), json);
    }

    @Test
    void sendsTheTestMode() {
        template.requestBody("direct:test", (Object) null);
        assertEquals("ok", lastReceived("MakeCall").text("test"));
    }

    @Test
    void refusesMissingFieldsBeforeSending() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:bare", (Object) null));
        CstaValidationException invalid = assertInstanceOf(CstaValidationException.class, e.getCause());
        assertEquals(java.util.List.of("callingDevice", "calledDirectoryNumber"), invalid.getMissingFields());
        assertTrue(server.received.stream().noneMatch(m -> m.name().equals("MakeCall")));
    }

    @Test
    void refusesBadBodies() {
        CamelExecutionException json = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:call", "{\"callingDevice\": "));
        assertTrue(json.getCause().getMessage().contains("not valid JSON"), json.getCause().getMessage());
        CamelExecutionException wrongType = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:monitorStart", new MakeCall("1", "2")));
        assertTrue(wrongType.getCause().getMessage().contains("csta:monitorStart"), wrongType.getCause().getMessage());
    }

    @Test
    void sendsUnmodelledRequestsFromAMapBody() {
        Exchange exchange = template.request("direct:conference", e -> e.getIn().setBody(
                Map.of("heldCall", Map.of("callID", "SIP/1", "deviceID", "123"))));
        assertEquals("ConferenceCallResponse", exchange.getMessage().getHeader(CstaConstants.MESSAGE_TYPE));
        assertInstanceOf(GenericMessage.class, exchange.getMessage().getBody());
        assertEquals("SIP/1", lastReceived("ConferenceCall").text("heldCall", "callID"));
    }
}
