package org.camelcsta.benchmarks.responder;

/**
 * The JSON responders' fixed answers (socket.io and the GET interface): one positive response per request
 * type, as {@link CannedReplies} has them in XML, {@code privateData.requestID} echoed.
 */
final class CannedJsonReplies {

    private CannedJsonReplies() {
    }

    /**
     * The reply to one request, as JSON text {@code {"NameResponse": {...}}}.
     *
     * @param name      the request's name
     * @param requestId the id to echo, or {@code null}
     * @param crossRef  the monitorCrossRefID to hand out (MonitorStart only)
     */
    static String reply(String name, String requestId, String crossRef) {
        return switch (name) {
            case "StartApplicationSession" -> message("StartApplicationSessionPosResponse",
                    "\"sessionID\":\"bench-session\","
                    + "\"actualProtocolVersion\":\"http://www.ecma-international.org/standards/ecma-323/csta/ed3\","
                    + "\"actualSessionDuration\":\"3600\"", requestId);
            case "ResetApplicationSessionTimer" -> message("ResetApplicationSessionTimerPosResponse",
                    "\"actualSessionDuration\":\"3600\"", requestId);
            case "MakeCall" -> message("MakeCallResponse",
                    "\"callingDevice\":{\"callID\":\"SIP/hpbx-000000bc\",\"deviceID\":\"100\"}", requestId);
            case "MonitorStart" -> message("MonitorStartResponse", "\"monitorCrossRefID\":\"" + crossRef + "\"", requestId);
            default -> message(name + "Response", "", requestId);
        };
    }

    private static String message(String name, String fields, String requestId) {
        String privateData = requestId == null ? "" : "\"privateData\":{\"requestID\":\"" + requestId + "\"}";
        String separator = fields.isEmpty() || privateData.isEmpty() ? "" : ",";
        return "{\"" + name + "\":{" + fields + separator + privateData + "}}";
    }
}
