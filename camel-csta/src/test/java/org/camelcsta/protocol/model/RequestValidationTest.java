package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.CstaValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestValidationTest {

    @Test
    void namesEveryMissingField() {
        CstaValidationException e = assertThrows(CstaValidationException.class,
                () -> new MakeCall(null, " ", null, null, null).validate());
        assertEquals("MakeCall", e.getMessageName());
        assertEquals(List.of("callingDevice", "calledDirectoryNumber"), e.getMissingFields());
        assertEquals("MakeCall is missing required field(s): callingDevice, calledDirectoryNumber", e.getMessage());
    }

    @Test
    void requiresTheFieldsOfEachCommand() {
        assertMissing(new SingleStepTransferCall(new ConnectionId(null, "123"), null), "activeCall.callID", "transferredTo");
        assertMissing(new ConsultationCall(null, "124"), "existingCall.callID");
        assertMissing(new SnapshotDevice(null), "snapshotObject");
        assertMissing(new ClearConnection(null), "connectionToBeCleared.callID");
        assertMissing(new DirectedPickupCall(new ConnectionId("c", null), (String) null), "requestingDevice.deviceId");
        assertMissing(new MonitorStart((String) null), "monitorObject.deviceObject");
        assertMissing(new StartApplicationSession("u", null, "d", null),
                "applicationInfo.applicationSpecificInfo.vendorData:password");
    }

    @Test
    void acceptsCompleteRequests() {
        assertDoesNotThrow(() -> new SingleStepTransferCall(new ConnectionId("SIP/1", null), "124").validate());
        assertDoesNotThrow(() -> new ResetApplicationSessionTimer(null).validate());
        assertDoesNotThrow(() -> new MakeCall("1", "2").validate());
    }

    @Test
    void neverShowsThePassword() {
        String text = new StartApplicationSession("u", "s3cret", "d", 60).toString();
        assertFalse(text.contains("s3cret"), text);
    }

    @Test
    void genericMessagesCarryRequestIdAndTestMode() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("x", "1");
        GenericMessage message = new GenericMessage("HoldCall", fields);
        assertNull(message.requestId());
        GenericMessage tagged = new GenericMessage("HoldCall", fields.deepCopy().put("test", "ok")).withRequestId("r1");
        assertEquals("r1", tagged.requestId());
        assertEquals("r1", tagged.privateData().requestId());
        assertEquals("ok", tagged.test());
        assertFalse(fields.has("privateData"), "the original is not changed");
    }

    @Test
    void classifiesEventsByName() {
        assertTrue(MessageTypes.isEvent("DeliveredEvent"));
        assertTrue(MessageTypes.isEvent("ApplicationSessionTerminated"));
        assertTrue(MessageTypes.isEvent("TransferedEvent"));
        assertFalse(MessageTypes.isEvent("HoldCallResponse"));
        assertFalse(MessageTypes.isEvent("CSTAErrorCode"));
        assertEquals(SnapshotDevice.class, MessageTypes.typeOf("SnapShotDevice"));
        assertEquals("CSTAErrorCode", new CstaErrorCode("a", "b", null).messageName());
    }

    private static void assertMissing(CstaRequest request, String... fields) {
        CstaValidationException e = assertThrows(CstaValidationException.class, request::validate);
        assertEquals(List.of(fields), e.getMissingFields());
    }
}
