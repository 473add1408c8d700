package org.camelcsta.protocol.codec;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaDecodeException.Reason;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryCodecTest {

    private final QueryCodec codec = new QueryCodec();

    @Test
    void producesTheSeedsMakeCallQueryExactly() {
        assertEquals(SeedSamplesTest.resourceText("query-MakeCall.txt"), codec.encode(new MakeCall("123", "321")));
    }

    @Test
    void producesTheSeedsScenarioQueriesExactly() {
        assertEquals("SnapShotDevice[snapshotObject]=123@12345678.pbx.one-connect.dk",
                codec.encode(new SnapshotDevice("123@12345678.pbx.one-connect.dk")));
        assertEquals("SingleStepTransferCall[transferredTo]=124&SingleStepTransferCall[activeCall][deviceId]=123"
                + "&SingleStepTransferCall[activeCall][callID]=SIP%2Fhpbx-00002142",
                codec.encode(new SingleStepTransferCall(new ConnectionId("SIP/hpbx-00002142", "123"), "124")));
        assertEquals("ConsultationCall[consultedDevice]=123&ConsultationCall[existingCall][deviceId]=123"
                + "&ConsultationCall[existingCall][callID]=SIP%2Fhpbx-00002146",
                codec.encode(new ConsultationCall(new ConnectionId("SIP/hpbx-00002146", "123"), "123")));
    }

    @Test
    void readsTheSeedsQueries() {
        assertEquals(new SnapshotDevice("123@12345678.pbx.one-connect.dk"),
                codec.decode("/csta/?SnapShotDevice[snapshotObject]=123@12345678.pbx.one-connect.dk".substring(6)));
        assertEquals(new SingleStepTransferCall(new ConnectionId("SIP/hpbx-00002142", "123"), "124"),
                codec.decode("SingleStepTransferCall[transferredTo]=124&SingleStepTransferCall[activeCall][deviceId]=123"
                        + "&SingleStepTransferCall[activeCall][callID]=SIP%2Fhpbx-00002142"));
    }

    @Test
    void writesTestModeAsATopLevelParameterAndReadsBothForms() {
        MakeCall request = new MakeCall("1", "2", null, "ok", null);
        assertEquals("MakeCall[callingDevice]=1&MakeCall[calledDirectoryNumber]=2&test=ok", codec.encode(request));
        assertEquals(request, codec.decode("MakeCall[callingDevice]=1&MakeCall[calledDirectoryNumber]=2&MakeCall[test]=ok"));
        assertEquals(request, codec.decode("test=ok&MakeCall[callingDevice]=1&MakeCall[calledDirectoryNumber]=2"));
    }

    @Test
    void encodesReservedAndNonAsciiCharacters() {
        String query = codec.encode(new MakeCall("a&b=c", "Søren Ærø+1"));
        assertEquals("MakeCall[callingDevice]=a%26b%3Dc&MakeCall[calledDirectoryNumber]=S%C3%B8ren%20%C3%86r%C3%B8%2B1"
                + "&MakeCall[autoOriginate]=doNotPrompt", query);
        assertEquals(new MakeCall("a&b=c", "Søren Ærø+1"), codec.decode(query));
        assertEquals("a b", codec.decodeGeneric("MakeCall[callingDevice]=a+b").text("callingDevice"));
    }

    @Test
    void readsArraysTheWayPhpDoes() {
        GenericMessage message = codec.decodeGeneric("X[list][]=a&X[list][]=b&X[rows][0][n]=1&X[rows][1][n]=2&X[map][7]=z");
        assertEquals("[\"a\",\"b\"]", message.fields().get("list").toString());
        assertEquals("[{\"n\":\"1\"},{\"n\":\"2\"}]", message.fields().get("rows").toString());
        assertEquals("{\"7\":\"z\"}", message.fields().get("map").toString());
        assertEquals(message, codec.decodeGeneric(codec.encode(message)));
    }

    @Test
    void keepsALeadingZeroWidthNoBreakSpaceOfAValue() {
        assertEquals("\uFEFFx", codec.decodeGeneric("X[a]=%EF%BB%BFx").text("a"));
    }

    @Test
    void ignoresOtherTopLevelParameters() {
        assertInstanceOf(MakeCall.class, codec.decode("_=1700000000&MakeCall[callingDevice]=1"));
    }

    @Test
    void refusesBadQueries() {
        assertProblem(Reason.EMPTY, "", "no command");
        assertProblem(Reason.EMPTY, "test=ok", "no command");
        assertProblem(Reason.WRONG_ROOT, "MakeCall[callingDevice]=1&HoldCall[x]=2", "one command");
        assertProblem(Reason.MALFORMED, "MakeCall[callingDevice=1", "bad parameter name");
        assertProblem(Reason.MALFORMED, "MakeCall[a]x=1", "bad parameter name");
        assertProblem(Reason.MALFORMED, "MakeCall[callingDevice]=%zz", "percent escape");
        assertProblem(Reason.MALFORMED, "MakeCall[callingDevice]=%4", "percent escape");
        assertProblem(Reason.ENCODING, "MakeCall[callingDevice]=%C3%28", "UTF-8");
        assertProblem(Reason.MALFORMED, "MakeCall[a]=1&MakeCall[a][b]=2", "conflicts");
        assertProblem(Reason.INVALID_VALUE, "ResetApplicationSessionTimer[requestedSessionDuration]=soon",
                "ResetApplicationSessionTimer");
        assertProblem(Reason.TOO_LARGE, "X" + "[a]".repeat(100) + "=1", "nested too deeply");
    }

    private void assertProblem(Reason reason, String query, String words) {
        CstaDecodeException e = assertThrows(CstaDecodeException.class, () -> codec.decode(query));
        assertEquals(reason, e.getReason(), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
