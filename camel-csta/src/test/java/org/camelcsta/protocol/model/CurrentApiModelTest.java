package org.camelcsta.protocol.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.XmlCodec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The current API's messages as its documentation shows them (ed6 namespace, {@code deviceID}, fields in any order,
 * single items of lists) read into their typed records, and written back with every field.
 */
class CurrentApiModelTest {

    private static final String NS = " xmlns=\"http://www.ecma.ch/standards/ecma-323/csta/ed6\"";
    private final XmlCodec xml = new XmlCodec();
    private final JsonCodec json = new JsonCodec();

    private CstaMessage read(String document) {
        return xml.decode(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheStateReplies() {
        GetDoNotDisturbResponse dnd = assertInstanceOf(GetDoNotDisturbResponse.class, read("<GetDoNotDisturbResponse" + NS
                + "><doNotDisturbOn>false</doNotDisturbOn><privateData><requestID>104</requestID></privateData>"
                + "</GetDoNotDisturbResponse>"));
        assertEquals(false, dnd.doNotDisturbOn());
        assertEquals("104", dnd.requestId());

        GetForwardingResponse forwarding = assertInstanceOf(GetForwardingResponse.class, read("<GetForwardingResponse" + NS
                + "><forwardingList><forwardListItem><forwardingType>forwardNoAns</forwardingType><forwardStatus>false"
                + "</forwardStatus><forwardDN>busy</forwardDN><ringDuration>90</ringDuration></forwardListItem>"
                + "</forwardingList><privateData><requestID>103</requestID></privateData></GetForwardingResponse>"));
        assertEquals(List.of(new ForwardListItem("forwardNoAns", false, "busy", 90)), forwarding.rules());

        GetQueueMemberResponse members = assertInstanceOf(GetQueueMemberResponse.class, read("<GetQueueMemberResponse" + NS
                + "><memberList><memberListItem><active>true</active><activeSip>true</activeSip><activeMobile>false"
                + "</activeMobile><activeSkype>false</activeSkype><agentDN>200</agentDN></memberListItem></memberList>"
                + "<privateData><requestID>108</requestID></privateData></GetQueueMemberResponse>"));
        assertEquals(List.of(new MemberListItem(true, true, false, false, "200")), members.members());

        GetQueueResponse queue = assertInstanceOf(GetQueueResponse.class, read("<GetQueueResponse" + NS + "><queueDevice>"
                + "<deviceDescription>Customer Service</deviceDescription><deviceIdentifier>400</deviceIdentifier>"
                + "</queueDevice><privateData><requestID>107</requestID><serviceLevelAgreement>10</serviceLevelAgreement>"
                + "</privateData></GetQueueResponse>"));
        assertEquals("Customer Service", queue.queueName());
        assertEquals("10", queue.serviceLevelAgreement());
        assertTrue(json.encode(queue).contains("\"serviceLevelAgreement\":\"10\""), json.encode(queue));
    }

    @Test
    void readsAndWritesTheCallProfile() {
        String profile = "<callProfile><outgoingNumberPresentation><localNumberPresentation><numberType>None</numberType>"
                + "<number/></localNumberPresentation><mobileNumberPresentation><numberType>Main</numberType><number>"
                + "12345678</number></mobileNumberPresentation></outgoingNumberPresentation><incomingCallMatrix>"
                + "<localDevice><local>true</local><mobile>true</mobile><teams>false</teams></localDevice>"
                + "</incomingCallMatrix><routeHandling>None</routeHandling></callProfile>";
        GetCallProfileResponse read = assertInstanceOf(GetCallProfileResponse.class,
                read("<GetCallProfileResponse" + NS + ">" + profile + "<privateData><requestID>105</requestID>"
                        + "</privateData></GetCallProfileResponse>"));
        CallProfile callProfile = read.callProfile();
        assertEquals("Main", callProfile.outgoingNumberPresentation().mobileNumberPresentation().numberType());
        assertEquals(new CallProfile.Channels(true, true, false), callProfile.incomingCallMatrix().localDevice());
        // privateData comes before callProfile in the provider's SetCallProfile: fields are found by name
        SetCallProfile set = assertInstanceOf(SetCallProfile.class, read("<SetCallProfile><device>200</device><privateData>"
                + "<requestID>350</requestID></privateData>" + profile + "</SetCallProfile>"));
        assertEquals(callProfile, set.callProfile());
        assertTrue(json.encode(read).contains("\"incomingCallMatrix\":{\"localDevice\":{\"local\":true,\"mobile\":true,"
                + "\"teams\":false}}"), json.encode(read));
    }

    @Test
    void readsThePlaceholdersOfTheCurrentServer() {
        MakeCallResponse made = assertInstanceOf(MakeCallResponse.class, read("<MakeCallResponse" + NS + "><privateData>"
                + "<requestID>9</requestID></privateData><callingDevice><callID>N/A</callID><deviceID>200</deviceID>"
                + "</callingDevice><callLinkageData><globalCallData><globalCallLinkageId>N/A</globalCallLinkageId>"
                + "</globalCallData></callLinkageData></MakeCallResponse>"));
        assertEquals(new ConnectionId(MakeCallResponse.PLACEHOLDER, "200"), made.callingDevice());
        assertEquals("N/A", made.callLinkageData().globalCallData().globalCallLinkageId());
    }

    @Test
    void readsEveryEventOfTheCurrentServer() {
        HeldEvent held = assertInstanceOf(HeldEvent.class, read("<HeldEvent" + NS + "><monitorCrossRefID>u-12345678-203"
                + "</monitorCrossRefID><heldConnection><callID>SIP/hpbx-0000af1c</callID><deviceID>202</deviceID>"
                + "</heldConnection><holdingDevice><deviceIdentifier>203</deviceIdentifier></holdingDevice>"
                + "<localConnectionInfo>held</localConnectionInfo><privateData><eventOrderIncrement>0</eventOrderIncrement>"
                + "<isCstaOriginated>true</isCstaOriginated><cstaCallRequestType>HoldCall</cstaCallRequestType>"
                + "<localStatus>Held</localStatus></privateData></HeldEvent>"));
        assertEquals(new ConnectionId("SIP/hpbx-0000af1c", "202"), held.connection());
        assertEquals(true, held.privateData().isCstaOriginated());
        assertEquals("HoldCall", held.privateData().cstaCallRequestType());
        assertEquals("0", held.privateData().text("eventOrderIncrement"));

        TransferedEvent transfered = assertInstanceOf(TransferedEvent.class, read("<TransferedEvent" + NS
                + "><monitorCrossRefID>u-12345678-200</monitorCrossRefID><primaryOldCall><callID>SIP/1</callID>"
                + "<deviceID>200</deviceID></primaryOldCall><transferringDevice><deviceIdentifier>200</deviceIdentifier>"
                + "</transferringDevice><transferredToDevice><deviceIdentifier>202</deviceIdentifier>"
                + "</transferredToDevice><transferredConnections><connectionListItem><oldConnection><callID>SIP/1"
                + "</callID><deviceID>200</deviceID></oldConnection></connectionListItem></transferredConnections>"
                + "<cause>singleStepTransfer</cause></TransferedEvent>"));
        assertEquals("TransferedEvent", transfered.messageName());
        assertEquals("202", transfered.transferredToDevice().deviceIdentifier());
        assertEquals(1, transfered.transferredConnections().connectionListItem().size());

        DoNotDisturbEvent dnd = assertInstanceOf(DoNotDisturbEvent.class, read("<DoNotDisturbEvent" + NS
                + "><monitorCrossRefID>u-12345678-200</monitorCrossRefID><device><deviceIdentifier>200</deviceIdentifier>"
                + "</device><doNotDisturbOn>true</doNotDisturbOn></DoNotDisturbEvent>"));
        assertEquals("200", dnd.device());
        assertEquals(true, dnd.doNotDisturbOn());
        assertTrue(json.encode(dnd).contains("\"device\":{\"deviceIdentifier\":\"200\"}"), json.encode(dnd));

        ForwardingEvent forwarding = assertInstanceOf(ForwardingEvent.class, read("<ForwardingEvent" + NS
                + "><monitorCrossRefID>u-12345678-204</monitorCrossRefID><device><deviceIdentifier>204</deviceIdentifier>"
                + "</device><forwardStatus>true</forwardStatus><forwardingType>forwardImmediate</forwardingType>"
                + "<forwardTo>200</forwardTo><ringDuration>0</ringDuration></ForwardingEvent>"));
        assertEquals(new ForwardingEvent("u-12345678-204", new DeviceIdentifier("204"), true, "forwardImmediate", "200", 0,
                null), forwarding);

        MonitorStartedEvent started = assertInstanceOf(MonitorStartedEvent.class, read("<MonitorStartedEvent" + NS
                + "><monitorCrossRefID>t-12345678</monitorCrossRefID><privateData><eventOrderIncrement>0"
                + "</eventOrderIncrement><connectionId>d89d804d</connectionId></privateData><monitoredConnection>"
                + "<deviceID>400</deviceID><monitorCrossRefID>q-12345678-400</monitorCrossRefID></monitoredConnection>"
                + "<deviceRelationList/><numberType>queue</numberType></MonitorStartedEvent>"));
        assertEquals("400", started.device());
        assertEquals("q-12345678-400", started.monitoredConnection().monitorCrossRefId());

        OutgoingNumbersEvent numbers = assertInstanceOf(OutgoingNumbersEvent.class, read("<OutgoingNumbersEvent>"
                + "<monitorCrossRefID>t-12345678</monitorCrossRefID><outgoingNumbers><outgoingNumber><number>12345678"
                + "</number></outgoingNumber><outgoingNumber><number>87654321</number></outgoingNumber></outgoingNumbers>"
                + "</OutgoingNumbersEvent>"));
        assertEquals(List.of("12345678", "87654321"), numbers.numbers());

        QueueMemberEvent member = assertInstanceOf(QueueMemberEvent.class, read("<QueueMemberEvent" + NS
                + "><monitorCrossRefID>q-12345678-400</monitorCrossRefID><memberList><memberListItem><active>true"
                + "</active><activeSip>true</activeSip><agentDN>200</agentDN></memberListItem></memberList>"
                + "</QueueMemberEvent>"));
        assertEquals("400", member.device());
        assertEquals("200", member.members().get(0).agentDn());

        QueueStatisticsEvent statistics = assertInstanceOf(QueueStatisticsEvent.class, read("<QueueStatisticsEvent>"
                + "<monitorCrossRefID>q-12345678-400</monitorCrossRefID><localNumber>400</localNumber><currentCalls>2"
                + "</currentCalls><waitingCalls>1</waitingCalls><averageWaitTime>12.5</averageWaitTime><agentList>"
                + "<agentListItem><device><deviceIdentifier>200</deviceIdentifier></device><totalNoOfCalls>3"
                + "</totalNoOfCalls></agentListItem></agentList></QueueStatisticsEvent>"));
        assertEquals(2, statistics.currentCalls());
        assertEquals(12.5, statistics.averageWaitTime());
        assertEquals("200", statistics.agentList().agentListItem().get(0).device().deviceIdentifier());

        assertInstanceOf(QueueAddedEvent.class, read("<QueueAddedEvent" + NS + "><monitorCrossRefID>q-12345678-450"
                + "</monitorCrossRefID><localNumber>450</localNumber><name>New Queue</name></QueueAddedEvent>"));
        assertInstanceOf(QueueRemovedEvent.class, read("<QueueRemovedEvent" + NS + "><monitorCrossRefID>q-12345678-450"
                + "</monitorCrossRefID><localNumber>450</localNumber></QueueRemovedEvent>"));
        DivertedEvent diverted = assertInstanceOf(DivertedEvent.class, read("<DivertedEvent" + NS + "><monitorCrossRefID>"
                + "u-12345678-200</monitorCrossRefID><connection><callID>SIP/5</callID><deviceID>200</deviceID>"
                + "</connection><calledDevice><deviceIdentifier>202</deviceIdentifier></calledDevice><cause>Answered "
                + "elsewhere</cause></DivertedEvent>"));
        assertEquals("202", diverted.calledDevice().deviceIdentifier());
    }

    @Test
    void anEmptyFlagIsAbsentAndAnUnknownEventStaysGeneric() {
        GetDoNotDisturbResponse empty = assertInstanceOf(GetDoNotDisturbResponse.class,
                read("<GetDoNotDisturbResponse><doNotDisturbOn/></GetDoNotDisturbResponse>"));
        assertNull(empty.doNotDisturbOn());
        assertInstanceOf(GenericMessage.class, read("<RetrievedEvent" + NS + "><monitorCrossRefID>x</monitorCrossRefID>"
                + "</RetrievedEvent>"));
    }

    @Test
    void requestsNameTheirMissingFields() {
        List<CstaRequest> empty = List.of(new AnswerCall(null), new HoldCall(null), new RetrieveCall(null),
                new TransferCall(null, null), new ReconnectCall(null, null), new DeflectCall(null, null),
                new GenerateDigits(null, null), new GetDoNotDisturb(null), new SetDoNotDisturb(null, null),
                new GetForwarding(null), new SetForwarding(null, null, null, null, null), new GetCallProfile(null),
                new SetCallProfile(null, null), new GetQueue(null), new GetQueueMember(null),
                new SetQueueMember(null, null, null, null, null, null, null, null, null));
        for (CstaRequest request : empty) {
            org.camelcsta.protocol.CstaValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.camelcsta.protocol.CstaValidationException.class, request::validate);
            assertTrue(!e.getMissingFields().isEmpty(), request.messageName());
        }
        assertEquals(List.of("activeCall.callID", "activeCall.deviceID", "heldCall.callID", "heldCall.deviceID"),
                org.junit.jupiter.api.Assertions.assertThrows(org.camelcsta.protocol.CstaValidationException.class,
                        new TransferCall(null, null)::validate).getMissingFields());
    }
}
