package org.camelcsta.itests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaComponent;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.AnswerCallResponse;
import org.camelcsta.protocol.model.CallProfile;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DoNotDisturbEvent;
import org.camelcsta.protocol.model.ForwardListItem;
import org.camelcsta.protocol.model.ForwardingEvent;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.GetCallProfileResponse;
import org.camelcsta.protocol.model.GetDoNotDisturbResponse;
import org.camelcsta.protocol.model.GetForwardingResponse;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.protocol.model.GetQueueResponse;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MemberListItem;
import org.camelcsta.protocol.model.MonitorStartedEvent;
import org.camelcsta.protocol.model.OutgoingNumbersEvent;
import org.camelcsta.protocol.model.QueueMemberEvent;
import org.camelcsta.protocol.model.ReconnectCallResponse;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.TransferCallResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelcsta.itests.CurrentApiSupport.QUEUE;
import static org.camelcsta.itests.CurrentApiSupport.QUEUE_NAME;
import static org.camelcsta.itests.CurrentApiSupport.answeredCall;
import static org.camelcsta.itests.CurrentApiSupport.inACall;
import static org.camelcsta.itests.CurrentApiSupport.leg;
import static org.camelcsta.itests.CurrentApiSupport.legOf;
import static org.camelcsta.itests.CurrentApiSupport.queue;
import static org.camelcsta.itests.CurrentApiSupport.received;
import static org.camelcsta.itests.CurrentApiSupport.reply;
import static org.camelcsta.itests.CurrentApiSupport.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the provider's current API as a route against the simulator speaking it, with what went over
 * the wire and the simulator's state checked, and the use cases of CURRENT-API.md §4 as routes; a subclass names
 * the transport (xml or socketio). Component and simulator both speak the current API from the login on.
 */
abstract class CurrentApiRoutesSuite extends SimulatorTestSupport {

    private static final String CALLER = "44556670";
    private static final String EXTERNAL = "22334455";

    protected abstract String transport();

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return CurrentApiSupport.current(super.simulatorBuilder());
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport(transport());
        configuration.setPort(transport().equals("socketio") ? simulator.socketIoPort() : simulator.xmlPort());
        configuration.setDialect("current");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // 4.1: log in and read state
                from("direct:snapshotUser").to("csta:snapshotDevice?snapshotObject=" + user("120"));
                from("direct:snapshotQueue").to("csta:snapshotDevice?snapshotObject=" + queue(QUEUE));
                from("direct:getForwarding").to("csta:getForwarding?device=120");
                from("direct:getDoNotDisturb").to("csta:getDoNotDisturb");
                from("direct:getCallProfile").to("csta:getCallProfile?device=120");
                from("direct:getQueue").to("csta:getQueue?device=" + QUEUE);
                from("direct:getQueueMember").to("csta:getQueueMember?device=" + QUEUE);
                // 4.2 - 4.4
                from("direct:makeCall").to("csta:makeCall?callingDevice=121&calledDirectoryNumber=" + EXTERNAL);
                from("direct:transferOut").to("csta:singleStepTransferCall?transferredTo=" + EXTERNAL
                        + "&requestTimeout=60000");
                from("direct:dndOn").to("csta:setDoNotDisturb?device=122&doNotDisturbOn=true");
                from("direct:setDoNotDisturb").to("csta:setDoNotDisturb?device=122");
                from("direct:signIn").to("csta:setQueueMember?device=" + QUEUE + "&agentDN=123&activateAgent=true"
                        + "&activateSip=true&activateMobile=true&activateSkype=true&agentPosition=1");
                from("direct:signOut").to("csta:setQueueMember?device=" + QUEUE + "&agentDN=123&activateAgent=true"
                        + "&activateSip=false&activateMobile=false&activateSkype=false&agentPosition=1");
                // the other operations
                from("direct:forward").to("csta:setForwarding?device=124&forwardingType=forwardImmediate"
                        + "&activateForward=true&forwardDN=125&ringDuration=0");
                from("direct:getForwardingOf124").to("csta:getForwarding?device=124");
                from("direct:setCallProfile").to("csta:setCallProfile?device=120");
                from("direct:hold").to("csta:holdCall");
                from("direct:retrieve").to("csta:retrieveCall");
                from("direct:answer").to("csta:answerCall");
                from("direct:deflect").to("csta:deflectCall?newDestination=129");
                from("direct:digits").to("csta:generateDigits?charactersToSend=123#");
                from("direct:consult").to("csta:consultationCall?consultedDevice=131");
                from("direct:transfer").to("csta:transferCall");
                from("direct:reconnect").to("csta:reconnectCall");
                from("direct:consultAndTransfer").to("csta:consultationCall?consultedDevice=135").to("csta:transferCall");
            }
        };
    }

    /**
     * A monitor route on this object into a mock endpoint, for events of this type, started once the simulator counts
     * its monitor.
     */
    private MockEndpoint monitor(String object, String device, String eventType) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?devices=" + object + "&eventTypes=" + eventType).to("mock:" + device);
            }
        });
        await().until(() -> simulator.monitorCount(device) == 1);
        // and the client knows it runs: a request's watch then takes the device's events from it
        await().until(() -> context.getComponent("csta", CstaComponent.class).getSessions().stream()
                .anyMatch(session -> session.runningMonitors().containsKey(object)));
        return getMockEndpoint("mock:" + device);
    }

    @Test
    void logInAndReadState() {
        // 4.1 step 5: the user's snapshot, spelled as the current server needs it
        Exchange user = reply(template, "direct:snapshotUser", Map.of());
        assertEquals(user("120"), assertInstanceOf(SnapshotDeviceResponse.class, user.getMessage().getBody())
                .serviceCrossRefId());
        assertEquals(user("120"), received(simulator, "SnapShotDevice").text("snapshotObject"));

        // step 6: forwarding, do-not-disturb and call profile of 120
        GetForwardingResponse forwarding = template.requestBody("direct:getForwarding", null, GetForwardingResponse.class);
        assertEquals(List.of("forwardImmediate", "forwardNoAns"),
                forwarding.forwardingList().forwardListItem().stream().map(ForwardListItem::forwardingType).toList());
        assertEquals("120", received(simulator, "GetForwarding").text("device"));
        Exchange dnd = reply(template, "direct:getDoNotDisturb", Map.of(CstaConstants.DEVICE, "120"));
        assertEquals(false, dnd.getMessage().getBody(GetDoNotDisturbResponse.class).doNotDisturbOn());
        assertEquals(false, dnd.getMessage().getHeader(CstaConstants.REPLY_DO_NOT_DISTURB_ON));
        assertTrue(dnd.getMessage().getBody(String.class).contains("\"doNotDisturbOn\":false"),
                dnd.getMessage().getBody(String.class));
        assertEquals("120", received(simulator, "GetDoNotDisturb").text("device"));
        CallProfile profile = template.requestBody("direct:getCallProfile", null, GetCallProfileResponse.class)
                .callProfile();
        assertEquals("None", profile.outgoingNumberPresentation().localNumberPresentation().numberType());
        assertEquals(true, profile.incomingCallMatrix().localDevice().local());

        // step 7-9: the queue
        SnapshotDeviceResponse queueSnapshot = template.requestBody("direct:snapshotQueue", null,
                SnapshotDeviceResponse.class);
        assertEquals(queue(QUEUE), queueSnapshot.privateData().text("QueueName"));
        Exchange queueInfo = reply(template, "direct:getQueue", Map.of());
        assertEquals(QUEUE_NAME, queueInfo.getMessage().getBody(GetQueueResponse.class).queueName());
        assertEquals(QUEUE_NAME, queueInfo.getMessage().getHeader(CstaConstants.QUEUE_NAME));
        assertEquals("10", queueInfo.getMessage().getHeader(CstaConstants.SERVICE_LEVEL_AGREEMENT, String.class));
        simulator.queueMember(QUEUE, "126", true, true, false, false);
        GetQueueMemberResponse members = template.requestBody("direct:getQueueMember", null,
                GetQueueMemberResponse.class);
        MemberListItem member = members.memberList().memberListItem().get(0);
        assertEquals("126", member.agentDn());
        assertEquals(true, member.active());
        assertEquals(true, member.activeSip());
        assertEquals(false, member.activeMobile());
    }

    @Test
    void makeACallWhoseReplyNamesTheLegOfTheCallingDevicesEvents() throws Exception {
        MockEndpoint events = monitor(user("121"), "121", "DeliveredEvent");
        events.expectedMinimumMessageCount(1);
        Exchange made = reply(template, "direct:makeCall", Map.of());

        // the simulator answered with the placeholder; the route gets the real leg
        GenericMessage answered = assertInstanceOf(GenericMessage.class,
                simulator.traffic("MakeCallResponse").get(0));
        assertEquals("N/A", answered.text("callingDevice", "callID"));
        String callId = made.getMessage().getHeader(CstaConstants.CALL_ID, String.class);
        assertNotEquals("N/A", callId);
        assertEquals("121", made.getMessage().getHeader(CstaConstants.DEVICE_ID));
        assertEquals(callId, made.getMessage().getBody(MakeCallResponse.class).callingDevice().callId());
        assertEquals(callId, legOf(simulator, "121").callId());
        events.assertIsSatisfied();
        DeliveredEvent delivered = events.getReceivedExchanges().get(0).getIn().getBody(DeliveredEvent.class);
        assertEquals(callId, delivered.connection().callId());
        assertEquals("MakeCall", delivered.privateData().cstaCallRequestType());
        assertEquals(EXTERNAL, delivered.privateData().remoteUser());
        GenericMessage request = received(simulator, "MakeCall");
        assertEquals("121", request.text("callingDevice"));
        assertEquals(EXTERNAL, request.text("calledDirectoryNumber"));
        await().until(() -> simulator.connected("121", EXTERNAL)); // the external party answers by itself
    }

    @Test
    void setDoNotDisturbAndReadItBack() throws Exception {
        MockEndpoint events = monitor(user("122"), "122", "DoNotDisturbEvent");
        events.expectedMessageCount(1);
        template.sendBody("direct:dndOn", null);
        events.assertIsSatisfied();
        Exchange event = events.getReceivedExchanges().get(0);
        assertEquals("DoNotDisturbEvent", event.getIn().getHeader(CstaConstants.EVENT_TYPE));
        assertEquals(true, event.getIn().getBody(DoNotDisturbEvent.class).doNotDisturbOn());
        assertEquals(true, event.getIn().getHeader(CstaConstants.EVENT_DO_NOT_DISTURB_ON));
        assertEquals("122", event.getIn().getHeader(CstaConstants.EVENT_DEVICE));
        assertTrue(simulator.doNotDisturb("122"));
        GenericMessage request = received(simulator, "SetDoNotDisturb");
        assertEquals("122", request.text("device"));
        assertEquals("true", request.text("doNotDisturbOn"));
        assertEquals(true, reply(template, "direct:getDoNotDisturb", Map.of(CstaConstants.DEVICE, "122"))
                .getMessage().getHeader(CstaConstants.REPLY_DO_NOT_DISTURB_ON));

        // a header overrides the option: off again
        template.sendBodyAndHeader("direct:setDoNotDisturb", null, CstaConstants.DO_NOT_DISTURB_ON, false);
        await().until(() -> !simulator.doNotDisturb("122"));
    }

    @Test
    void signAnAgentIntoAQueueAndOutAgain() throws Exception {
        MockEndpoint events = monitor(queue(QUEUE), QUEUE, "QueueMemberEvent");
        events.expectedMessageCount(1);
        template.sendBody("direct:signIn", null);
        events.assertIsSatisfied();
        QueueMemberEvent signedIn = events.getReceivedExchanges().get(0).getIn().getBody(QueueMemberEvent.class);
        assertEquals(QUEUE, signedIn.device());
        assertEquals("123", signedIn.members().get(0).agentDn());
        assertEquals(true, signedIn.members().get(0).activeSip());
        assertEquals(List.of("123"), simulator.queueAgentsTakingCalls(QUEUE));
        GenericMessage request = received(simulator, "SetQueueMember");
        assertEquals(QUEUE, request.text("device"));
        assertEquals("123", request.text("agentDN"));
        for (String flag : List.of("activateAgent", "activateSip", "activateMobile", "activateSkype")) {
            assertEquals("true", request.text(flag), flag);
        }
        assertEquals("1", request.text("agentPosition"));

        // a queue call rings the agent
        simulator.incomingCall(CALLER, QUEUE);
        await().until(() -> inACall(simulator, "123"));
        simulator.hangup(CALLER);
        await().until(() -> !inACall(simulator, "123"));

        template.sendBody("direct:signOut", null);
        await().until(() -> simulator.queueAgentsTakingCalls(QUEUE).isEmpty());
        MemberListItem member = template.requestBody("direct:getQueueMember", null, GetQueueMemberResponse.class)
                .memberList().memberListItem().get(0);
        assertEquals(true, member.active());
        assertEquals(false, member.activeSip());
    }

    @Test
    void setForwardingDivertsTheNextCall() throws Exception {
        MockEndpoint events = monitor(user("124"), "124", "ForwardingEvent");
        events.expectedMinimumMessageCount(1);
        template.sendBody("direct:forward", null);
        events.assertIsSatisfied();
        ForwardingEvent event = events.getReceivedExchanges().get(0).getIn().getBody(ForwardingEvent.class);
        assertEquals("125", event.forwardTo());
        assertEquals("125", events.getReceivedExchanges().get(0).getIn().getHeader(CstaConstants.EVENT_FORWARD_TO));
        GenericMessage request = received(simulator, "SetForwarding");
        assertEquals("forwardImmediate", request.text("forwardingType"));
        assertEquals("true", request.text("activateForward"));
        assertEquals("125", request.text("forwardDN"));
        assertEquals("0", request.text("ringDuration"));
        ForwardListItem immediate = template.requestBody("direct:getForwardingOf124", null,
                GetForwardingResponse.class).forwardingList().forwardListItem().stream()
                .filter(item -> item.forwardingType().equals("forwardImmediate")).findFirst().orElseThrow();
        assertEquals(true, immediate.forwardStatus());
        assertEquals("125", immediate.forwardDn());

        simulator.incomingCall(CALLER, "124");
        assertTrue(inACall(simulator, "125"));
        assertFalse(inACall(simulator, "124"));
    }

    @Test
    void setCallProfileWithTheProfileReadBefore() {
        GetCallProfileResponse read = template.requestBody("direct:getCallProfile", null, GetCallProfileResponse.class);
        CallProfile.OutgoingNumberPresentation numbers = read.callProfile().outgoingNumberPresentation();
        CallProfile changed = new CallProfile(new CallProfile.OutgoingNumberPresentation(
                new CallProfile.NumberPresentation("Main", ""), numbers.mobileNumberPresentation(),
                numbers.teamsNumberPresentation()), read.callProfile().incomingCallMatrix(),
                read.callProfile().routeHandling());
        template.requestBody("direct:setCallProfile", changed);
        assertEquals("Main", received(simulator, "SetCallProfile").text("callProfile", "outgoingNumberPresentation",
                "localNumberPresentation", "numberType"));
        assertEquals("Main", template.requestBody("direct:getCallProfile", null, GetCallProfileResponse.class)
                .callProfile().outgoingNumberPresentation().localNumberPresentation().numberType());
    }

    @Test
    void holdAndRetrieveACall() {
        SimulatedCall call = answeredCall(simulator, CALLER, "126");
        Map<String, Object> legHeaders = leg(call.callId("126"), "126");
        reply(template, "direct:hold", legHeaders);
        assertEquals(LegState.HELD, legOf(simulator, "126").state());
        GenericMessage request = received(simulator, "HoldCall");
        assertEquals(call.callId("126"), request.text("callToBeHeld", "callID"));
        assertEquals("126", request.text("callToBeHeld", "deviceID"));
        reply(template, "direct:retrieve", legHeaders);
        assertTrue(simulator.connected(CALLER, "126"));
        assertEquals("126", received(simulator, "RetrieveCall").text("callToBeRetrieved", "deviceID"));
    }

    @Test
    void answerOneRingingCallAndDeflectAnother() {
        SimulatedCall ringing = simulator.incomingCall(CALLER, "127");
        Exchange answered = reply(template, "direct:answer", leg(ringing.callId("127"), "127"));
        assertEquals(ringing.callId("127"), answered.getMessage().getBody(AnswerCallResponse.class)
                .answeredConnection().callId());
        assertEquals(ringing.callId("127"), answered.getMessage().getHeader(CstaConstants.CALL_ID));
        assertTrue(simulator.connected(CALLER, "127"));
        assertEquals("127", received(simulator, "AnswerCall").text("callToBeAnswered", "deviceID"));

        SimulatedCall toDeflect = simulator.incomingCall("44556671", "128");
        reply(template, "direct:deflect", leg(toDeflect.callId("128"), "128"));
        assertTrue(inACall(simulator, "129"));
        assertFalse(inACall(simulator, "128"));
        GenericMessage request = received(simulator, "DeflectCall");
        assertEquals("129", request.text("newDestination"));
        assertEquals(toDeflect.callId("128"), request.text("callToBeDiverted", "callID"));
    }

    @Test
    void generateDigitsOnACall() {
        SimulatedCall call = answeredCall(simulator, CALLER, "130");
        reply(template, "direct:digits", leg(call.callId("130"), "130"));
        assertEquals("123#", simulator.digitsSent(call.callId("130")));
        assertEquals("123#", received(simulator, "GenerateDigits").text("charactersToSend"));
    }

    @Test
    void attendedTransferByConsultationCallThenTransferCall() {
        SimulatedCall call = answeredCall(simulator, CALLER, "130");
        String original = call.callId("130");
        simulator.autoAnswer("131", Duration.ZERO);
        Exchange consulted = reply(template, "direct:consult", leg(original, "130"));
        assertEquals(original + "-att", consulted.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals("130", consulted.getMessage().getHeader(CstaConstants.DEVICE_ID));
        assertEquals(original, consulted.getMessage().getHeader(CstaConstants.HELD_CALL_ID));
        assertEquals("130", consulted.getMessage().getHeader(CstaConstants.HELD_DEVICE_ID));
        await().until(() -> simulator.connected("130", "131"));
        assertEquals(original, legOf(simulator, "130", LegState.HELD).callId());

        Exchange transferred = reply(template, "direct:transfer", consulted.getMessage().getHeaders());
        assertEquals(original + "-att", transferred.getMessage().getBody(TransferCallResponse.class)
                .transferredCall().callId());
        assertNull(transferred.getMessage().getHeader(CstaConstants.HELD_CALL_ID));
        assertTrue(simulator.connected(CALLER, "131"));
        assertFalse(inACall(simulator, "130"));
        GenericMessage request = received(simulator, "TransferCall");
        assertEquals(original + "-att", request.text("activeCall", "callID"));
        assertEquals(original, request.text("heldCall", "callID"));
        assertEquals("130", request.text("heldCall", "deviceID"));
    }

    @Test
    void attendedTransferCancelledByReconnectCall() {
        SimulatedCall call = answeredCall(simulator, CALLER, "130");
        String original = call.callId("130");
        simulator.autoAnswer("131", Duration.ZERO);
        Exchange consulted = reply(template, "direct:consult", leg(original, "130"));
        await().until(() -> simulator.connected("130", "131"));

        Exchange reconnected = reply(template, "direct:reconnect", consulted.getMessage().getHeaders());
        assertEquals(original, reconnected.getMessage().getBody(ReconnectCallResponse.class)
                .reconnectedConnection().callId());
        assertEquals(original, reconnected.getMessage().getHeader(CstaConstants.CALL_ID));
        assertTrue(simulator.connected(CALLER, "130"));
        assertFalse(inACall(simulator, "131"));
        assertEquals(original + "-att", received(simulator, "ReconnectCall").text("activeCall", "callID"));
    }

    @Test
    void attendedTransferInOneRoute() {
        SimulatedCall call = answeredCall(simulator, CALLER, "134");
        simulator.autoAnswer("135", Duration.ZERO);
        reply(template, "direct:consultAndTransfer", leg(call.callId("134"), "134"));
        assertTrue(simulator.connected(CALLER, "135"));
        assertFalse(inACall(simulator, "134"));
    }

    @Test
    void monitorTheWholeTrunk() throws Exception {
        MockEndpoint trunk = monitorTrunk();
        assertEquals("1", received(simulator, "MonitorTrunk").text("monitorObject", "deviceObject"));
        MonitorStartedEvent user = ofType(trunk, "MonitorStartedEvent").stream()
                .map(e -> e.getIn().getBody(MonitorStartedEvent.class)).filter(e -> e.device().equals("120"))
                .findFirst().orElseThrow();
        assertEquals("t-" + CurrentApiSupport.TRUNK, user.monitorCrossRefId());
        assertEquals(user("120"), user.monitoredConnection().monitorCrossRefId());
        assertEquals("sip", user.numberType());
        assertTrue(ofType(trunk, "MonitorStartedEvent").stream()
                .anyMatch(e -> QUEUE.equals(e.getIn().getHeader(CstaConstants.EVENT_DEVICE))));

        template.requestBody("csta:snapshotDevice?snapshotObject=t-" + CurrentApiSupport.TRUNK, (Object) null);
        await().until(() -> ofType(trunk, "OutgoingNumbersEvent").size() == 1);
        assertEquals(List.of(CurrentApiSupport.TRUNK), ofType(trunk, "OutgoingNumbersEvent").get(0).getIn()
                .getBody(OutgoingNumbersEvent.class).numbers());

        // a user's call and a queue's member, on the ids the trunk announced
        simulator.incomingCall(CALLER, "136");
        await().until(() -> ofType(trunk, "DeliveredEvent").stream()
                .anyMatch(e -> user("136").equals(e.getIn().getHeader(CstaConstants.MONITOR_CROSS_REF_ID))));
        Exchange delivered = ofType(trunk, "DeliveredEvent").stream()
                .filter(e -> user("136").equals(e.getIn().getHeader(CstaConstants.MONITOR_CROSS_REF_ID)))
                .findFirst().orElseThrow();
        assertEquals(legOf(simulator, "136").callId(), delivered.getIn().getHeader(CstaConstants.CALL_ID));
        simulator.queueMember(QUEUE, "137", true, true, false, false);
        await().until(() -> ofType(trunk, "QueueMemberEvent").size() == 1);
        assertEquals(queue(QUEUE), ofType(trunk, "QueueMemberEvent").get(0).getIn()
                .getHeader(CstaConstants.MONITOR_CROSS_REF_ID));
    }

    /**
     * A trunk route and a call from one of its users: the call's watch for its leg takes the caller's events from the
     * trunk's monitor, so the reply names the real leg and the trunk's route gets each of the caller's events once.
     */
    @Test
    void aTrunkRouteGetsTheCallersEventsOnceWhileTheCallLearnsItsLeg() throws Exception {
        MockEndpoint trunk = monitorTrunk();

        String callId = reply(template, "direct:makeCall", Map.of()).getMessage().getHeader(CstaConstants.CALL_ID,
                String.class);
        assertEquals(legOf(simulator, "121").callId(), callId);
        // the external party answers by itself; the caller's EstablishedEvent is its last event of the call so far
        await().until(() -> !callIds(trunk, user("121"), "EstablishedEvent").isEmpty());
        assertTrue(callIds(trunk, user("121"), "DeliveredEvent").contains(callId));
        for (String type : List.of("DeliveredEvent", "EstablishedEvent")) {
            assertEquals(written(type, user("121")), callIds(trunk, user("121"), type).size(),
                    () -> type + "s on the caller's id: as many reached the trunk's route as the server sent");
        }
        assertTrue(simulator.traffic("MonitorStart").isEmpty(), "no monitor of the caller's own");
    }

    /**
     * As above, with a route on the caller too: the caller's events go to that route, to the trunk's and to the watch,
     * which learns the leg without a monitor of its own. The simulator sends each of them once per monitor, and each
     * route gets it once; the trunk's route still gets the external party's events.
     */
    @Test
    void aCallerRouteBesideATrunkRouteKeepsTheCallersEventsAndTheCallLearnsItsLeg() throws Exception {
        MockEndpoint trunk = monitorTrunk();
        MockEndpoint caller = monitor(user("121"), "121", "DeliveredEvent");

        String callId = reply(template, "direct:makeCall", Map.of()).getMessage().getHeader(CstaConstants.CALL_ID,
                String.class);
        assertEquals(legOf(simulator, "121").callId(), callId);
        await().until(() -> callIds(caller, user("121"), "DeliveredEvent").contains(callId));
        await().until(() -> callIds(trunk, "t-" + CurrentApiSupport.TRUNK, "DeliveredEvent")
                .contains(legOf(simulator, EXTERNAL).callId()));
        await().until(() -> !callIds(trunk, user("121"), "EstablishedEvent").isEmpty());
        long sent = written("DeliveredEvent", user("121"));
        assertEquals(2, sent, "a copy per monitor");
        // and no second copy follows
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10))
                .until(() -> callIds(caller, user("121"), "DeliveredEvent").size() == 1
                             && callIds(trunk, user("121"), "DeliveredEvent").size() == 1);
        assertEquals(1, simulator.traffic("MonitorStart").size(), "the caller route's monitor only");
    }

    /**
     * A trunk route, and a blind transfer to an external number: an external party is no user, its events come on the
     * trunk's id, and the reply names its leg at once, without waiting out requestTimeout (the server refuses to
     * monitor an external number).
     */
    @Test
    void aTransferToAnExternalNumberBesideATrunkRouteLearnsTheTargetsLegAtOnce() throws Exception {
        monitorTrunk();
        SimulatedCall call = answeredCall(simulator, CALLER, "138");

        CompletableFuture<Exchange> transfer = CompletableFuture.supplyAsync(
                () -> reply(template, "direct:transferOut", leg(call.callId("138"), "138")));
        // the route's requestTimeout is a minute
        await().atMost(Duration.ofSeconds(10)).until(transfer::isDone);
        Exchange transferred = transfer.join();
        assertEquals(legOf(simulator, EXTERNAL).callId(), transferred.getMessage().getHeader(CstaConstants.CALL_ID));
        assertEquals(EXTERNAL, transferred.getMessage().getHeader(CstaConstants.DEVICE_ID));
    }

    /** No route on the caller or the trunk: the call's watch monitors the caller itself, as before. */
    @Test
    void withoutARouteOnTheCallerOrTheTrunkTheCallMonitorsTheCallerForItsLeg() {
        String callId = reply(template, "direct:makeCall", Map.of()).getMessage().getHeader(CstaConstants.CALL_ID,
                String.class);
        assertEquals(legOf(simulator, "121").callId(), callId);
        assertEquals(user("121"), received(simulator, "MonitorStart").text("monitorObject", "deviceObject"));
        assertTrue(simulator.traffic("MonitorTrunk").isEmpty());
    }

    /** A route on the whole trunk into mock:trunk, once the trunk announced every user and queue. */
    private MockEndpoint monitorTrunk() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("csta:monitor?trunk=true").to("mock:trunk");
            }
        });
        MockEndpoint trunk = getMockEndpoint("mock:trunk");
        int usersAndQueues = simulator.deviceNumbers(Integer.MAX_VALUE).size() + 1;
        await().until(() -> ofType(trunk, "MonitorStartedEvent").size() == usersAndQueues);
        return trunk;
    }

    /** The callIDs of the events of this type that reached the route on this monitor id, in order. */
    private static List<String> callIds(MockEndpoint mock, String crossRef, String eventType) {
        return ofType(mock, eventType).stream()
                .filter(e -> crossRef.equals(e.getIn().getHeader(CstaConstants.MONITOR_CROSS_REF_ID)))
                .map(e -> e.getIn().getHeader(CstaConstants.CALL_ID, String.class)).toList();
    }

    /** How many events of this type the simulator sent on this monitor id. */
    private long written(String eventType, String crossRef) {
        return simulator.traffic(eventType).stream()
                .filter(m -> m instanceof GenericMessage event && crossRef.equals(event.text("monitorCrossRefID")))
                .count();
    }

    private static List<Exchange> ofType(MockEndpoint mock, String eventType) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> eventType.equals(e.getIn().getHeader(CstaConstants.EVENT_TYPE))).toList();
    }
}
