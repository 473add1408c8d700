package org.camelcsta.component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaEvent;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaResponse;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The header rule: the headers that a consumer or a reply sets change nothing in a later request but its call leg.
 * Every event and reply the component models (and an unmodelled event) against every producer operation, each with
 * its devices in URI options: the request built with the source's headers equals the one built without them, but
 * for the call leg, which is the source's.
 */
class HeaderRuleTest extends CamelTestSupport {

    private static final String DOMAIN = "12345678.pbx.one-connect.dk";
    /** The call-leg field of each operation that has one. */
    private static final Map<String, String> LEG_FIELDS = Map.of("singleStepTransferCall", "activeCall",
            "consultationCall", "existingCall", "clearConnection", "connectionToBeCleared",
            "directedPickupCall", "callToBePickedUp");
    private static final List<String> OPERATIONS = List.of(
            "makeCall?callingDevice=140&calledDirectoryNumber=4570203040",
            "singleStepTransferCall?callId=SIP/9&deviceId=139&transferredTo=124",
            "consultationCall?callId=SIP/9&deviceId=139&consultedDevice=125",
            "snapshotDevice?snapshotObject=141@" + DOMAIN,
            "clearConnection?callId=SIP/9&deviceId=139",
            "directedPickupCall?callId=SIP/9&deviceId=139&requestingDevice=142",
            "monitorStart?deviceObject=143",
            "resetApplicationSessionTimer?sessionDuration=60",
            "startApplicationSession?username=test@mydomain&password=bla.bla&pbxDomain=" + DOMAIN);

    private final MessageBinder binder = MessageBinder.standard();

    @Test
    void noEventOrReplyHeaderRetargetsARequest() {
        for (CstaMessage source : sources()) {
            Message reported = headersOf(source);
            for (String operation : OPERATIONS) {
                CstaRequestFactory factory = new CstaRequestFactory(context.getEndpoint("csta:" + operation, CstaEndpoint.class));
                ObjectNode plain = fieldsOf(factory, new DefaultExchange(context).getIn());
                ObjectNode withHeaders = fieldsOf(factory, reported);
                String legField = LEG_FIELDS.get(operation.substring(0, operation.indexOf('?')));
                ConnectionId leg = legOf(reported);
                if (legField != null && leg != null) {
                    assertEquals(leg.callId(), withHeaders.get(legField).get("callID").asText(), operation + " after " + source);
                    assertEquals(leg.deviceId(), withHeaders.get(legField).get("deviceId").asText(), operation + " after " + source);
                    plain.remove(legField);
                    withHeaders.remove(legField);
                }
                assertEquals(plain, withHeaders, "csta:" + operation + " after the headers of " + source.messageName());
            }
        }
    }

    @Test
    void onlyTheCallLegIsSetUnderANameThatProducersRead() {
        Set<String> inputs = Set.of(CstaConstants.CALLING_DEVICE, CstaConstants.CALLED_DIRECTORY_NUMBER,
                CstaConstants.TRANSFERRED_TO, CstaConstants.CONSULTED_DEVICE, CstaConstants.SNAPSHOT_OBJECT,
                CstaConstants.REQUESTING_DEVICE, CstaConstants.DEVICE_OBJECT, CstaConstants.SESSION_DURATION);
        for (CstaMessage source : sources()) {
            for (String header : headersOf(source).getHeaders().keySet()) {
                assertEquals(false, inputs.contains(header), source.messageName() + " sets the input header " + header);
            }
        }
    }

    private ObjectNode fieldsOf(CstaRequestFactory factory, Message message) {
        Exchange exchange = message.getExchange();
        ObjectNode fields = binder.unbind(factory.create(exchange)).fields().deepCopy();
        fields.remove("privateData");
        return fields;
    }

    private Message headersOf(CstaMessage source) {
        Message message = new DefaultExchange(context).getIn();
        message.setBody(source);
        if (source instanceof CstaEvent event) {
            CstaHeaders.fromEvent(message, event, null);
        } else {
            CstaHeaders.fromResponse(message, (CstaResponse) source);
        }
        return message;
    }

    private static ConnectionId legOf(Message message) {
        String callId = message.getHeader(CstaConstants.CALL_ID, String.class);
        return callId == null ? null : new ConnectionId(callId, message.getHeader(CstaConstants.DEVICE_ID, String.class));
    }

    /** Every kind of event and reply, each naming devices other than the operations' own. */
    private static List<CstaMessage> sources() {
        ConnectionId leg = new ConnectionId("SIP/1", "130");
        DeviceIdentifier caller = new DeviceIdentifier("55501234");
        DeviceIdentifier called = new DeviceIdentifier("130");
        PrivateData privateData = new PrivateData(null, "Alice", "Alerting", "inbound", "55501234", null);
        ObjectNode diverted = JsonNodeFactory.instance.objectNode();
        diverted.put("monitorCrossRefID", "m-130");
        diverted.putObject("connection").put("callID", "SIP/2").put("deviceID", "130");
        diverted.putObject("callingDevice").put("deviceIdentifier", "55501234");
        diverted.putObject("calledDevice").put("deviceIdentifier", "131");
        return Stream.of(
                new DeliveredEvent("m-130", leg, called, caller, called, caller, "alerting", "newCall", caller, called,
                        caller, CallLinkageData.of("g-1"), privateData),
                new EstablishedEvent("m-130", leg, called, caller, called, caller, "connected", "normal", caller, called,
                        caller, CallLinkageData.of("g-1"), privateData),
                new ConnectionClearedEvent("m-130", leg, caller, "null", "normalClearing", CallLinkageData.of("g-1"),
                        privateData),
                new GenericMessage("DivertedEvent", diverted),
                new MonitorSnapshot("130", "m-130", true, List.of(new SnapshotConnection("SIP/1", "130",
                        new SnapshotConnection.Status("Active", "55501234"))), null),
                new MakeCallResponse(new ConnectionId("SIP/3", "131"), null),
                new SingleStepTransferCallResponse(new ConnectionId("SIP/4", "132"), null),
                new ConsultationCallResponse(new ConnectionId("SIP/5", "133"), null),
                new DirectedPickupCallResponse(new ConnectionId("SIP/6", "134"), null),
                new SnapshotDeviceResponse("x-1", new SnapshotDeviceResponse.SnapshotData(
                        new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(List.of(new SnapshotConnection("SIP/7", "135",
                                new SnapshotConnection.Status("Active", "55501234"))))), null),
                new MonitorStartResponse("m-136", null),
                new StartApplicationSessionPosResponse("s-1", "ed3", 300, null))
                .map(CstaMessage.class::cast).toList();
    }
}
