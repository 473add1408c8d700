package org.camelcsta.benchmarks.responder;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * The responder's fixed answers, written straight into a buffer: one positive response per request type,
 * shaped like the current server's (namespace, {@code privateData.requestID} echoed), and the NUL that ends
 * every frame.
 */
public final class CannedReplies {

    static final String NAMESPACE = "http://www.ecma.ch/standards/ecma-323/csta/ed6";

    private CannedReplies() {
    }

    /**
     * The reply to one request.
     *
     * @param name      the request's root element
     * @param requestId the id to echo, or {@code null}
     * @param crossRef  the monitorCrossRefID to hand out (MonitorStart only)
     */
    public static ByteBuf reply(ByteBufAllocator alloc, String name, String requestId, String crossRef) {
        String body = switch (name) {
            case "StartApplicationSession" -> element("StartApplicationSessionPosResponse",
                    "<sessionID>bench-session</sessionID>"
                    + "<actualProtocolVersion>http://www.ecma-international.org/standards/ecma-323/csta/ed3</actualProtocolVersion>"
                    + "<actualSessionDuration>3600</actualSessionDuration>", requestId);
            case "ResetApplicationSessionTimer" -> element("ResetApplicationSessionTimerPosResponse",
                    "<actualSessionDuration>3600</actualSessionDuration>", requestId);
            case "MakeCall" -> element("MakeCallResponse",
                    "<callingDevice><callID>SIP/hpbx-000000bc</callID><deviceID>100</deviceID></callingDevice>", requestId);
            case "MonitorStart" -> element("MonitorStartResponse",
                    "<monitorCrossRefID>" + crossRef + "</monitorCrossRefID>", requestId);
            default -> element(name + "Response", "", requestId);
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ByteBuf out = alloc.buffer(bytes.length + 1);
        out.writeBytes(bytes);
        out.writeByte(0);
        return out;
    }

    private static String element(String name, String fields, String requestId) {
        String privateData = requestId == null ? "" : "<privateData><requestID>" + requestId + "</requestID></privateData>";
        return "<" + name + " xmlns=\"" + NAMESPACE + "\">" + fields + privateData + "</" + name + ">";
    }
}
