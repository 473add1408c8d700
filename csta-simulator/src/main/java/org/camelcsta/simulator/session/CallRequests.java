package org.camelcsta.simulator.session;

import static org.camelcsta.simulator.session.CommandProcessor.connection;
import static org.camelcsta.simulator.session.CommandProcessor.require;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.pbx.CallModel;

/**
 * The call requests only the current API has (CURRENT-API.md §2.2), read from their field trees and answered in
 * its form: AnswerCall, HoldCall, RetrieveCall, DeflectCall, GenerateDigits, TransferCall and ReconnectCall.
 */
final class CallRequests {

    private final CallModel model;

    CallRequests(CallModel model) {
        this.model = model;
    }

    /** The response, or {@code null} where the request is none of these. */
    CstaMessage respond(GenericMessage request) {
        ObjectNode fields = CurrentResponses.empty("").fields();
        switch (request.name()) {
            case "AnswerCall" -> fields.set("answeredConnection",
                    CurrentResponses.leg(model.answerCall(connection(request, "callToBeAnswered"))));
            case "HoldCall" -> model.holdCall(connection(request, "callToBeHeld"));
            case "RetrieveCall" -> model.retrieveCall(connection(request, "callToBeRetrieved"));
            case "DeflectCall" -> {
                ConnectionId diverted = connection(request, "callToBeDiverted");
                model.deflectCall(diverted, require(request, "newDestination"));
            }
            case "GenerateDigits" -> {
                ConnectionId leg = connection(request, "connectionToSendDigits");
                model.generateDigits(leg, require(request, "charactersToSend"));
            }
            case "TransferCall" -> {
                ConnectionId active = connection(request, "activeCall");
                fields.set("transferredCall",
                        CurrentResponses.leg(model.transferCall(active, connection(request, "heldCall"))));
            }
            case "ReconnectCall" -> {
                ConnectionId active = connection(request, "activeCall");
                fields.set("reconnectedConnection",
                        CurrentResponses.leg(model.reconnectCall(active, connection(request, "heldCall"))));
            }
            default -> {
                return null;
            }
        }
        return new GenericMessage(request.name() + "Response", fields);
    }
}
