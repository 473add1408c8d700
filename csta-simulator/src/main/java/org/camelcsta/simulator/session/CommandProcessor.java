package org.camelcsta.simulator.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.model.ClearConnection;
import org.camelcsta.protocol.model.ClearConnectionResponse;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.ConsultationCall;
import org.camelcsta.protocol.model.ConsultationCallResponse;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.DirectedPickupCall;
import org.camelcsta.protocol.model.DirectedPickupCallResponse;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.MonitorStart;
import org.camelcsta.protocol.model.MonitorStartResponse;
import org.camelcsta.protocol.model.SingleStepTransferCall;
import org.camelcsta.protocol.model.SingleStepTransferCallResponse;
import org.camelcsta.protocol.model.SnapshotDevice;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.protocol.LogText;
import org.camelcsta.simulator.pbx.CallModel;
import org.camelcsta.simulator.pbx.Dialect;
import org.camelcsta.simulator.pbx.EventSink;
import org.camelcsta.simulator.pbx.MonitorRegistry;
import org.camelcsta.simulator.pbx.PbxException;

/**
 * Executes the call-control commands on the call model and builds their positive responses. Session commands
 * (StartApplicationSession, ResetApplicationSessionTimer) belong to {@link ClientSession}. Runs on the PBX thread.
 */
public final class CommandProcessor {

    /** The commands that need a session with events: refused over HTTP GET. */
    static final Set<String> MONITOR_COMMANDS = Set.of("MonitorStart", "MonitorStop", "MonitorTrunk");

    /** Every command the simulator answers, session commands included. */
    static final Set<String> COMMANDS = Set.of("StartApplicationSession", "ResetApplicationSessionTimer", "MakeCall",
            "SingleStepTransferCall", "ConsultationCall", "SnapshotDevice", "SnapShotDevice", "ClearConnection",
            "DirectedPickupCall", "MonitorStart", "MonitorStop", "MonitorTrunk", "AnswerCall", "HoldCall",
            "RetrieveCall", "DeflectCall", "GenerateDigits", "TransferCall", "ReconnectCall", "GetDoNotDisturb",
            "SetDoNotDisturb", "GetForwarding", "SetForwarding", "GetCallProfile", "SetCallProfile", "GetQueue",
            "GetQueueMember", "SetQueueMember");

    /** The commands only the current API has: read as generic messages, answered in its form in both dialects. */
    private static final Set<String> CURRENT_COMMANDS = Set.of("MonitorTrunk", "AnswerCall", "HoldCall",
            "RetrieveCall", "DeflectCall", "GenerateDigits", "TransferCall", "ReconnectCall", "GetDoNotDisturb",
            "SetDoNotDisturb", "GetForwarding", "SetForwarding", "GetCallProfile", "SetCallProfile", "GetQueue",
            "GetQueueMember", "SetQueueMember");

    /**
     * What a command runs with.
     *
     * @param pbxDomain the logged-in user's PBX domain (the snapshot's {@code serviceCrossRefID})
     * @param sink      where the session's monitors send events, or {@code null} where there are none (HTTP)
     * @param dialect   the API the client speaks
     * @param connectionId the id of the client's connection (the current API's events name it)
     */
    record Scope(String pbxDomain, EventSink sink, Dialect dialect, String connectionId) {

        /** The trunk id: the first label of the PBX domain, {@code 12345678} of {@code 12345678.pbx.one-connect.dk}. */
        String trunk() {
            int dot = pbxDomain.indexOf('.');
            return dot > 0 ? pbxDomain.substring(0, dot) : pbxDomain;
        }
    }

    private final MessageBinder binder = MessageBinder.standard();
    private final CallModel model;
    private final MonitorRegistry monitors;
    private final MonitorRequests currentMonitors;
    private final CallRequests callRequests;
    private final StateRequests stateRequests;

    public CommandProcessor(CallModel model, MonitorRegistry monitors) {
        this.model = model;
        this.monitors = monitors;
        this.currentMonitors = new MonitorRequests(model, monitors);
        this.callRequests = new CallRequests(model);
        this.stateRequests = new StateRequests(model);
    }

    /**
     * Answers one call-control request: the static response in TEST mode, else the command executed on the
     * model. Every refusal becomes a {@code CSTAErrorCode}: unknown command, fields that cannot be read or are
     * missing (named), and the PBX's own refusals.
     */
    CstaMessage respond(GenericMessage raw, Scope scope) {
        String name = raw.name();
        if (!COMMANDS.contains(name)) {
            return CstaErrors.unknownCommand(name);
        }
        String test = raw.test();
        if ("ok".equalsIgnoreCase(test)) {
            return TestModeResponses.ok(name);
        }
        if ("error".equalsIgnoreCase(test)) {
            return CstaErrors.testModeError();
        }
        try {
            if (CURRENT_COMMANDS.contains(name)) {
                return executeCurrent(raw, scope);
            }
            CstaMessage request = binder.bind(raw);
            if (request instanceof CstaRequest validated) {
                validated.validate();
            }
            CstaMessage response = scope.dialect() == Dialect.CURRENT ? executeInCurrentForm(request, scope)
                    : execute(request, scope);
            return response != null ? response : CstaErrors.unknownCommand(name);
        } catch (PbxException e) {
            return e.toErrorCode();
        } catch (CstaValidationException e) {
            return CstaErrors.missingFields(e);
        } catch (CstaDecodeException e) {
            return CstaErrors.malformed(e);
        }
    }

    /** A request both APIs share, answered in the current API's form. */
    private CstaMessage executeInCurrentForm(CstaMessage request, Scope scope) {
        if (request instanceof MonitorStart start) {
            return currentMonitors.monitorStart(start.monitorObject().deviceObject(), scope);
        }
        if (request instanceof SnapshotDevice snapshot) {
            return currentMonitors.snapshot(snapshot.snapshotObject(), scope);
        }
        if (request instanceof GenericMessage generic) {
            return executeGeneric(generic, scope);
        }
        CstaMessage response = execute(request, scope);
        return response == null ? null : CurrentResponses.render(response);
    }

    private CstaMessage executeCurrent(GenericMessage request, Scope scope) {
        if (request.name().equals("MonitorTrunk")) {
            String object = require(request, "monitorObject", "deviceObject");
            if (!object.equals("1")) {
                throw new PbxException("operation", "invalidParameterValue",
                        "MonitorTrunk monitors the whole trunk: its deviceObject is 1, not '" + LogText.cap(object)
                                + "'");
            }
            return currentMonitors.monitorTrunk(scope, scope.trunk());
        }
        CstaMessage response = callRequests.respond(request);
        return response != null ? response : stateRequests.respond(request);
    }

    private CstaMessage execute(CstaMessage request, Scope scope) {
        if (request instanceof MakeCall makeCall) {
            return new MakeCallResponse(model.makeCall(makeCall.callingDevice(), makeCall.calledDirectoryNumber(),
                    makeCall.autoOriginate()), null);
        }
        if (request instanceof SingleStepTransferCall transfer) {
            return new SingleStepTransferCallResponse(
                    model.singleStepTransfer(transfer.activeCall(), transfer.transferredTo()), null);
        }
        if (request instanceof ConsultationCall consultation) {
            return new ConsultationCallResponse(
                    model.consultation(consultation.existingCall(), consultation.consultedDevice()), null);
        }
        if (request instanceof DirectedPickupCall pickup) {
            return new DirectedPickupCallResponse(
                    model.pickup(pickup.callToBePickedUp(), pickup.requestingDevice().deviceId()), null);
        }
        if (request instanceof ClearConnection clear) {
            model.clearConnection(clear.connectionToBeCleared());
            return new ClearConnectionResponse(null);
        }
        if (request instanceof SnapshotDevice snapshot) {
            return snapshot(snapshot, scope);
        }
        if (request instanceof MonitorStart start) {
            String device = model.requireDevice(start.monitorObject().deviceObject());
            return new MonitorStartResponse(monitors.start(device, scope.sink()), null);
        }
        if (request instanceof GenericMessage generic) {
            return executeGeneric(generic, scope);
        }
        return null;
    }

    private SnapshotDeviceResponse snapshot(SnapshotDevice request, Scope scope) {
        String object = request.snapshotObject();
        int at = object.indexOf('@');
        String domain = at > 0 ? object.substring(at + 1) : scope.pbxDomain();
        return new SnapshotDeviceResponse(domain, new SnapshotDeviceResponse.SnapshotData(
                new SnapshotDeviceResponse.SnapshotDeviceResponseInfo(model.snapshot(object))), null);
    }

    private CstaMessage executeGeneric(GenericMessage request, Scope scope) {
        switch (request.name()) {
            case "MonitorStop" -> {
                String crossRefId = require(request, "monitorCrossRefID");
                if (!monitors.stop(crossRefId, scope.sink())) {
                    throw new PbxException("operation", "invalidMonitorCrossRefID",
                            "no monitor " + crossRefId + " was started by this session");
                }
            }
            default -> {
                return null;
            }
        }
        return new GenericMessage(request.name() + "Response", JsonNodeFactory.instance.objectNode());
    }

    /**
     * The leg a request names under {@code field}: {@code callID} and {@code deviceID} (or 2020's {@code deviceId}).
     */
    static ConnectionId connection(GenericMessage request, String field) {
        String callId = request.text(field, "callID");
        if (callId == null || callId.isBlank()) {
            throw new CstaValidationException(request.name(), List.of(field + ".callID"));
        }
        String deviceId = request.text(field, "deviceID");
        return new ConnectionId(callId, deviceId != null ? deviceId : request.text(field, "deviceId"));
    }

    /** The text at a field path; a missing or blank one is refused, named. */
    static String require(GenericMessage request, String... path) {
        String value = request.text(path);
        if (value == null || value.isBlank()) {
            throw new CstaValidationException(request.name(), new ArrayList<>(List.of(String.join(".", path))));
        }
        return value;
    }
}
