package org.camelcsta.simulator.session;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.pbx.Dialect;

/**
 * The requests of the HTTP GET transport: one request, one response, no session and so no events. The
 * credentials come with every request (in headers) and are checked by the transport before this runs. The
 * dialect is the 2020 API unless the simulator is set to the current one: a GET carries no sign of it (the
 * 2020 GET API spells {@code SnapShotDevice} too).
 */
public final class StatelessRequests {

    private final SimulatorContext context;

    public StatelessRequests(SimulatorContext context) {
        this.context = context;
    }

    /**
     * Answers a request; call on the PBX thread.
     *
     * @param pbxDomain the caller's PBX domain, from its headers
     */
    public CstaMessage respond(GenericMessage request, String pbxDomain) {
        String name = request.name();
        CstaMessage response;
        if (CommandProcessor.MONITOR_COMMANDS.contains(name) && request.test() == null) {
            response = CstaErrors.notOnThisTransport(name,
                    "HTTP GET is stateless and carries no events; use the TCP or socket.io transport");
        } else if ((name.equals("StartApplicationSession") || name.equals("ResetApplicationSessionTimer"))
                && request.test() == null) {
            response = CstaErrors.notOnThisTransport(name,
                    "HTTP GET has no session; send the username, password and pbxdomain headers with every request");
        } else {
            response = context.processor().respond(request, new CommandProcessor.Scope(pbxDomain, null,
                    context.dialect().fixed() != null ? context.dialect().fixed() : Dialect.API_2020, null));
        }
        return Replies.withRequestId(response, request.requestId(), context.faults());
    }
}
