package org.camelcsta.simulator.session;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.ResetApplicationSessionTimerPosResponse;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotConnection;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.model.StartApplicationSessionPosResponse;

/**
 * The static positive responses of TEST mode {@code ok}: the samples of the provider's documentation, whatever
 * the request held. Nothing is executed.
 */
final class TestModeResponses {

    private TestModeResponses() {
    }

    /** The static response to a command, or {@code null} for a command this server does not know. */
    static CstaMessage ok(String command) {
        return switch (command) {
            case "StartApplicationSession" -> new StartApplicationSessionPosResponse(
                    "2e853292-bacf-418e-aa1e-86d9a88ea942", ClientSession.PROTOCOL_VERSION, 20, null);
            case "ResetApplicationSessionTimer" -> new ResetApplicationSessionTimerPosResponse(123, null);
            case "MakeCall" -> new MakeCallResponse(new ConnectionId("SIP/hpbx-000000bc", "123"), null);
            case "SingleStepTransferCall" -> new SingleStepTransferCallResponse(
                    new ConnectionId("SIP/hpbx-001490b9", "123"), null);
            case "ConsultationCall" -> new ConsultationCallResponse(
                    new ConnectionId("Local/91890743@transfer-00000bde;2", "123"), null);
            case "SnapshotDevice", "SnapShotDevice" -> new SnapshotDeviceResponse("12345678.pbx.one-connect.dk",
                    new SnapshotDeviceResponse.SnapshotData(new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(
                            List.of(new SnapshotConnection("SIP/hpbx-0000214e", "123",
                                    new SnapshotConnection.Status("Active", "124"))))),
                    null);
            case "ClearConnection" -> new ClearConnectionResponse(null);
            case "DirectedPickupCall" -> new DirectedPickupCallResponse(
                    new ConnectionId("SIP/hpbx-0014a1ec", "123"), null);
            case "MonitorStart" -> new MonitorStartResponse("123-1444294019863", null);
            case "AnswerCall", "HoldCall", "RetrieveCall", "MonitorStop" ->
                    new GenericMessage(command + "Response", JsonNodeFactory.instance.objectNode());
            default -> null;
        };
    }
}
