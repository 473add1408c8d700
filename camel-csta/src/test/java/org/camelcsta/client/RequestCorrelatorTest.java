package org.camelcsta.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestCorrelatorTest {

    private final List<Boolean> awaitingChanges = new ArrayList<>();
    private final RequestCorrelator correlator = new RequestCorrelator(awaitingChanges::add);

    @Test
    void matchesEchoedIdsInAnyOrder() {
        PendingRequest first = register("MakeCall", "a-1");
        PendingRequest second = register("MakeCall", "a-2");
        assertSame(second, correlator.take(reply("MakeCallResponse", "a-2")));
        assertSame(first, correlator.take(reply("MakeCallResponse", "a-1")));
        assertEquals(0, correlator.awaiting());
        assertEquals(List.of(true, false), awaitingChanges, "told when replies are awaited and when no more");
    }

    @Test
    void fallsBackToTheOldestRequestOfTheReplysType() {
        PendingRequest makeCall = register("MakeCall", "a-1");
        PendingRequest snapshot = register("SnapshotDevice", "a-2");
        PendingRequest login = register("StartApplicationSession", "a-3");
        assertSame(snapshot, correlator.take(reply("SnapShotDeviceResponse", null)));
        assertSame(login, correlator.take(reply("StartApplicationSessionPosResponse", null)));
        assertSame(makeCall, correlator.take(reply("MakeCallResponse", null)));
    }

    @Test
    void givesAnErrorWithoutIdToTheOldestRequest() {
        PendingRequest makeCall = register("MakeCall", "a-1");
        register("SnapshotDevice", "a-2");
        assertSame(makeCall, correlator.take(reply("CSTAErrorCode", null)));
    }

    @Test
    void dropsTheLateReplyOfATimedOutRequestWhenTheServerEchoesNoIds() {
        PendingRequest timedOut = register("MakeCall", "a-1");
        correlator.expire(timedOut);
        PendingRequest next = register("MakeCall", "a-2");
        PendingRequest late = correlator.take(reply("MakeCallResponse", null));
        assertSame(timedOut, late);
        assertTrue(late.isExpired(), "the late reply is recognised as such and dropped");
        assertSame(next, correlator.take(reply("MakeCallResponse", null)));
    }

    @Test
    void dropsALateErrorWithoutIdEvenWhenTheServerEchoesIds() {
        PendingRequest echoed = register("MakeCall", "a-1");
        assertSame(echoed, correlator.take(reply("MakeCallResponse", "a-1")));
        PendingRequest timedOut = register("MakeCall", "a-2");
        correlator.expire(timedOut);
        assertEquals(0, correlator.awaiting());
        PendingRequest next = register("SnapshotDevice", "a-3");
        assertTrue(correlator.take(reply("CSTAErrorCode", null)).isExpired(), "the late error goes to the tombstone");
        assertSame(next, correlator.take(reply("SnapshotDeviceResponse", "a-3")));
    }

    @Test
    void matchesNoRequestToAnUnknownMessageWithoutId() {
        register("MakeCall", "a-1");
        assertNull(correlator.take(reply("SystemStatus", null)));
        assertEquals(1, correlator.awaiting());
    }

    @Test
    void namesTheRequestOfAReply() {
        assertEquals("StartApplicationSession", RequestCorrelator.requestNameOf("StartApplicationSessionPosResponse"));
        assertEquals("HoldCall", RequestCorrelator.requestNameOf("HoldCallResponse"));
        assertNull(RequestCorrelator.requestNameOf("CSTAErrorCode"));
    }

    private PendingRequest register(String name, String id) {
        PendingRequest request = new PendingRequest(name, new CompletableFuture<>());
        request.sentAs(id);
        correlator.register(request);
        return request;
    }

    private static GenericMessage reply(String name, String id) {
        GenericMessage message = new GenericMessage(name, JsonNodeFactory.instance.objectNode());
        return id == null ? message : message.withRequestId(id);
    }
}
