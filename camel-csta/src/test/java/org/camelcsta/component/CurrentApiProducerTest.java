package org.camelcsta.component;

import java.util.Map;

import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.ScriptedXmlServer;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.CallProfile;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.ForwardListItem;
import org.camelcsta.protocol.model.ForwardingList;
import org.camelcsta.protocol.model.GenerateDigitsResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetCallProfileResponse;
import org.camelcsta.protocol.model.GetDoNotDisturbResponse;
import org.camelcsta.protocol.model.GetForwardingResponse;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.protocol.model.GetQueueResponse;
import org.camelcsta.protocol.model.HoldCallResponse;
import org.camelcsta.protocol.model.MemberList;
import org.camelcsta.protocol.model.MemberListItem;
import org.camelcsta.protocol.model.PrivateData;
import org.camelcsta.protocol.model.ReconnectCallResponse;
import org.camelcsta.protocol.model.SetCallProfileResponse;
import org.camelcsta.protocol.model.SetDoNotDisturbResponse;
import org.camelcsta.protocol.model.SetForwardingResponse;
import org.camelcsta.protocol.model.SetQueueMemberResponse;
import org.camelcsta.protocol.model.TransferCallResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The current API's operations against a scripted server: the fields each one writes, from URI options, headers and
 * bodies; the typed replies, their JSON form and their headers; the two legs of an attended transfer.
 */
class CurrentApiProducerTest extends ScriptedServerTestSupport {

    private static final CallProfile.NumberPresentation NONE = new CallProfile.NumberPresentation("None", "");
    private static final CallProfile PROFILE = new CallProfile(new CallProfile.OutgoingNumberPresentation(NONE,
            new CallProfile.NumberPresentation("Main", ""), NONE), null, "None");

    @Override
    protected void answer(GenericMessage request, ScriptedXmlServer.Connection connection) {
        switch (request.name()) {
            case "ConsultationCall" -> connection.reply(request, new ConsultationCallResponse(null, null));
            case "TransferCall" -> connection.reply(request, new TransferCallResponse(new ConnectionId(
                    request.text("activeCall", "callID"), request.text("activeCall", "deviceId")), null));
            case "ReconnectCall" -> connection.reply(request, new ReconnectCallResponse(new ConnectionId(
                    request.text("heldCall", "callID"), request.text("heldCall", "deviceId")), null));
            case "HoldCall" -> connection.reply(request, new HoldCallResponse(null));
            case "GenerateDigits" -> connection.reply(request, new GenerateDigitsResponse(null));
            case "GetDoNotDisturb" -> connection.reply(request, new GetDoNotDisturbResponse(true, null));
            case "SetDoNotDisturb" -> connection.reply(request, new SetDoNotDisturbResponse(null));
            case "GetForwarding" -> connection.reply(request, new GetForwardingResponse(new ForwardingList(java.util.List.of(
                    new ForwardListItem("forwardNoAns", false, "busy", 90))), null));
            case "SetForwarding" -> connection.reply(request, new SetForwardingResponse(null));
            case "GetCallProfile" -> connection.reply(request, new GetCallProfileResponse(PROFILE, null));
            case "SetCallProfile" -> connection.reply(request, new SetCallProfileResponse(null));
            case "GetQueue" -> connection.reply(request, new GetQueueResponse(new GetQueueResponse.QueueDevice(
                    "Customer Service", request.text("device")), new PrivateData(null, null, null, null, null,
                    Map.of("serviceLevelAgreement", TextNode.valueOf("10")))));
            case "GetQueueMember" -> connection.reply(request, new GetQueueMemberResponse(new MemberList(java.util.List.of(
                    new MemberListItem(true, true, false, false, "200"))), null));
            case "SetQueueMember" -> connection.reply(request, new SetQueueMemberResponse(null));
            default -> { }
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:attended").to("csta:consultationCall?consultedDevice=204").to("csta:transferCall");
                from("direct:cancel").to("csta:consultationCall?consultedDevice=204").to("csta:reconnectCall");
                from("direct:consult").to("csta:consultationCall?consultedDevice=204");
                from("direct:hold").to("csta:holdCall");
                from("direct:digits").to("csta:generateDigits?charactersToSend=123");
                from("direct:dnd").to("csta:setDoNotDisturb?device=200&doNotDisturbOn=true");
                from("direct:getDnd").to("csta:getDoNotDisturb?device=200");
                from("direct:forward").to("csta:setForwarding?device=203&forwardingType=forwardImmediate"
                                          + "&activateForward=true&forwardDN=202&ringDuration=90");
                from("direct:getForwarding").to("csta:getForwarding?device=200").convertBodyTo(String.class);
                from("direct:member").to("csta:setQueueMember?device=400&agentDN=200&activateAgent=true&activateSip=true"
                                         + "&activateMobile=false&activateSkype=false&agentPosition=1");
                from("direct:getMembers").to("csta:getQueueMember?device=400").convertBodyTo(String.class);
                from("direct:getQueue").to("csta:getQueue?device=400");
                from("direct:profile").to("csta:getCallProfile?device=200").to("csta:setCallProfile?device=201");
                from("direct:setProfile").to("csta:setCallProfile?device=200");
            }
        };
    }

    @Test
    void consultationThenTransferCompletesTheAttendedTransferOnBothLegs() {
        Exchange consulted = template.request("direct:consult", e -> {
            e.getIn().setHeader(CstaConstants.CALL_ID, "SIP/hpbx-1");
            e.getIn().setHeader(CstaConstants.DEVICE_ID, "200");
        });
        assertEquals("SIP/hpbx-1-att", consulted.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("200", consulted.getMessage().getHeader(CstaConstants.DEVICE_ID));
        assertEquals("SIP/hpbx-1", consulted.getMessage().getHeader(CstaConstants.HELD_CALL_ID));
        assertEquals("200", consulted.getMessage().getHeader(CstaConstants.HELD_DEVICE_ID));

        Exchange transferred = template.request("direct:attended", e -> {
            e.getIn().setHeader(CstaConstants.CALL_ID, "SIP/hpbx-2");
            e.getIn().setHeader(CstaConstants.DEVICE_ID, "200");
        });
        GenericMessage sent = lastReceived("TransferCall");
        assertEquals("SIP/hpbx-2-att", sent.text("activeCall", "callID"));
        assertEquals("SIP/hpbx-2", sent.text("heldCall", "callID"));
        assertEquals("200", sent.text("heldCall", "deviceId"));
        assertInstanceOf(TransferCallResponse.class, transferred.getMessage().getBody());
        assertNull(transferred.getMessage().getHeader(CstaConstants.HELD_CALL_ID), "the held leg is gone after the transfer");

        Exchange cancelled = template.request("direct:cancel", e -> {
            e.getIn().setHeader(CstaConstants.CALL_ID, "SIP/hpbx-3");
            e.getIn().setHeader(CstaConstants.DEVICE_ID, "200");
        });
        GenericMessage reconnect = lastReceived("ReconnectCall");
        assertEquals("SIP/hpbx-3-att", reconnect.text("activeCall", "callID"));
        assertEquals("SIP/hpbx-3", reconnect.text("heldCall", "callID"));
        assertEquals("SIP/hpbx-3", cancelled.getMessage().getHeader(CstaConstants.CALL_ID));
    }

    @Test
    void writesEveryFieldFromOptionsAndLetsHeadersAndBodiesOverrideThem() {
        template.requestBodyAndHeaders("direct:hold", null, Map.of(CstaConstants.CALL_ID, "SIP/4",
                CstaConstants.DEVICE_ID, "200"));
        assertEquals("SIP/4", lastReceived("HoldCall").text("callToBeHeld", "callID"));

        template.requestBodyAndHeaders("direct:digits", null, Map.of(CstaConstants.CALL_ID, "SIP/4",
                CstaConstants.DEVICE_ID, "200", CstaConstants.CHARACTERS_TO_SEND, "9#"));
        assertEquals("9#", lastReceived("GenerateDigits").text("charactersToSend"));

        template.requestBody("direct:dnd", (Object) null);
        assertEquals("true", lastReceived("SetDoNotDisturb").text("doNotDisturbOn"));
        template.requestBodyAndHeader("direct:dnd", null, CstaConstants.DO_NOT_DISTURB_ON, false);
        assertEquals("false", lastReceived("SetDoNotDisturb").text("doNotDisturbOn"));
        template.requestBodyAndHeader("direct:dnd", Map.of("device", "205"), CstaConstants.DEVICE, "204");
        assertEquals("205", lastReceived("SetDoNotDisturb").text("device"));

        template.requestBody("direct:forward", (Object) null);
        GenericMessage forwarding = lastReceived("SetForwarding");
        assertEquals("203", forwarding.text("device"));
        assertEquals("forwardImmediate", forwarding.text("forwardingType"));
        assertEquals("true", forwarding.text("activateForward"));
        assertEquals("202", forwarding.text("forwardDN"));
        assertEquals("90", forwarding.text("ringDuration"));

        template.requestBodyAndHeader("direct:member", null, CstaConstants.ACTIVATE_SKYPE, true);
        GenericMessage member = lastReceived("SetQueueMember");
        assertEquals("400", member.text("device"));
        assertEquals("200", member.text("agentDN"));
        assertEquals("true", member.text("activateAgent"));
        assertEquals("true", member.text("activateSip"));
        assertEquals("false", member.text("activateMobile"));
        assertEquals("true", member.text("activateSkype"));
        assertEquals("1", member.text("agentPosition"));
    }

    @Test
    void setCallProfileTakesATypedProfileOrTheReplyThatReadIt() {
        template.requestBody("direct:setProfile", PROFILE);
        assertEquals("Main", lastReceived("SetCallProfile").text("callProfile", "outgoingNumberPresentation",
                "mobileNumberPresentation", "numberType"));
        template.requestBody("direct:profile", (Object) null);
        GenericMessage copied = lastReceived("SetCallProfile");
        assertEquals("201", copied.text("device"));
        assertEquals("None", copied.text("callProfile", "routeHandling"));
    }

    @Test
    void repliesAreTypedWithEveryFieldInTheirJsonAndScalarsAsHeaders() {
        Exchange dnd = template.request("direct:getDnd", e -> { });
        assertEquals(true, assertInstanceOf(GetDoNotDisturbResponse.class, dnd.getMessage().getBody()).doNotDisturbOn());
        assertEquals(true, dnd.getMessage().getHeader(CstaConstants.REPLY_DO_NOT_DISTURB_ON));

        String forwarding = template.requestBody("direct:getForwarding", null, String.class);
        assertTrue(forwarding.startsWith("{\"GetForwardingResponse\":{\"forwardingList\":{\"forwardListItem\":[{"
                                         + "\"forwardingType\":\"forwardNoAns\",\"forwardStatus\":false,\"forwardDN\":\"busy\","
                                         + "\"ringDuration\":90}]}"), forwarding);
        String members = template.requestBody("direct:getMembers", null, String.class);
        assertTrue(members.contains("\"memberList\":{\"memberListItem\":[{\"active\":true,\"activeSip\":true,"
                                    + "\"activeMobile\":false,\"activeSkype\":false,\"agentDN\":\"200\"}]}"), members);

        Exchange queue = template.request("direct:getQueue", e -> { });
        assertEquals("Customer Service", queue.getMessage().getHeader(CstaConstants.QUEUE_NAME));
        assertEquals("10", queue.getMessage().getHeader(CstaConstants.SERVICE_LEVEL_AGREEMENT));
    }

    @Test
    void missingFieldsAreRefusedBeforeSending() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:hold", (Object) null));
        CstaValidationException invalid = assertInstanceOf(CstaValidationException.class, e.getCause());
        assertEquals(java.util.List.of("callToBeHeld.callID", "callToBeHeld.deviceID"), invalid.getMissingFields());
        assertTrue(server.received.stream().noneMatch(m -> m.name().equals("HoldCall")));
    }
}
