package org.camelcsta.simulator.control;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.board.Board;
import org.camelcsta.simulator.pbx.PbxException;

/**
 * The control API's routes:
 * <pre>
 * GET  /calls                          the current calls
 * POST /calls                          {"from": "...", "to": "...", "name": "..."}: an incoming call (201)
 * POST /devices/{device}/answer        the device answers its ringing call
 * POST /devices/{device}/hangup        the device hangs up
 * POST /devices/{device}/hold          the device holds its connected call
 * POST /devices/{device}/retrieve      the device takes its held call back
 * PUT  /devices/{device}/auto-answer   {"delayMs": N} or {"delayMs": null}
 * POST /faults/drop-connections        closes every client connection
 * PUT  /faults/response-delay          {"delayMs": N}
 * PUT  /faults/stop-responding         {"on": true|false}
 * POST /faults/malformed-frame         every client gets one unparsable frame
 * GET  /status                         ports, sessions, the board's feed
 * </pre>
 * The board ({@code GET /}) is served in front of these routes, by {@link Board}.
 */
final class ControlRoutes {

    private static final Pattern DEVICE_ACTION = Pattern.compile("/devices/([^/]+)/(answer|hangup|hold|retrieve|auto-answer)");

    private final CstaSimulator simulator;
    private final Board board;
    private final ObjectMapper mapper;

    ControlRoutes(CstaSimulator simulator, Board board, ObjectMapper mapper) {
        this.simulator = simulator;
        this.board = board;
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ControlReply route(HttpMethod method, String path, byte[] body) {
        try {
            return dispatch(method, path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1)
                    : path, body);
        } catch (WrongMethod e) {
            return ControlReply.error(HttpResponseStatus.METHOD_NOT_ALLOWED, e.getMessage());
        } catch (BadRequest e) {
            return ControlReply.error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        } catch (PbxException e) {
            HttpResponseStatus status = e.value().equals("invalidDeviceID") ? HttpResponseStatus.NOT_FOUND
                    : HttpResponseStatus.CONFLICT;
            return ControlReply.error(status, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ControlReply.error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private ControlReply dispatch(HttpMethod method, String path, byte[] body) {
        if (path.equals("/calls")) {
            if (method.equals(HttpMethod.GET)) {
                return ControlReply.ok(simulator.calls());
            }
            if (method.equals(HttpMethod.POST)) {
                JsonNode call = json(body);
                String from = requiredText(call, "from");
                String to = requiredText(call, "to");
                String name = call.hasNonNull("name") ? call.get("name").asText() : null;
                return new ControlReply(HttpResponseStatus.CREATED, simulator.incomingCall(from, to, name));
            }
            return notAllowed(method, path);
        }
        Matcher device = DEVICE_ACTION.matcher(path);
        if (device.matches()) {
            return deviceAction(method, path, device.group(1), device.group(2), body);
        }
        if (path.startsWith("/faults/")) {
            return fault(method, path, body);
        }
        if (path.equals("/status") && method.equals(HttpMethod.GET)) {
            return ControlReply.ok(Map.of("xmlPort", simulator.xmlPort(), "socketIoPort", simulator.socketIoPort(),
                    "httpPort", simulator.httpPort(), "httpsPort", simulator.httpsPort(),
                    "sessions", simulator.sessionCount(), "board", board.stats()));
        }
        return ControlReply.error(HttpResponseStatus.NOT_FOUND, "no such resource: " + path);
    }

    private ControlReply deviceAction(HttpMethod method, String path, String device, String action, byte[] body) {
        switch (action) {
            case "answer" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.answer(device);
            }
            case "hangup" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.hangup(device);
            }
            case "hold" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.hold(device);
            }
            case "retrieve" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.retrieve(device);
            }
            default -> {
                requireMethod(method, HttpMethod.PUT, path);
                Duration delay = optionalMillis(json(body), "delayMs");
                simulator.autoAnswer(device, delay);
                return ControlReply.ok(Map.of("device", device, "autoAnswer",
                        delay == null ? "off" : delay.toMillis() + " ms"));
            }
        }
        return ControlReply.ok(simulator.calls());
    }

    private ControlReply fault(HttpMethod method, String path, byte[] body) {
        switch (path) {
            case "/faults/drop-connections" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.dropAllConnections();
            }
            case "/faults/malformed-frame" -> {
                requireMethod(method, HttpMethod.POST, path);
                simulator.sendMalformedFrame();
            }
            case "/faults/response-delay" -> {
                requireMethod(method, HttpMethod.PUT, path);
                Duration delay = optionalMillis(json(body), "delayMs");
                simulator.delayResponses(delay == null ? Duration.ZERO : delay);
            }
            case "/faults/stop-responding" -> {
                requireMethod(method, HttpMethod.PUT, path);
                JsonNode on = json(body).get("on");
                if (on == null || !on.isBoolean()) {
                    throw new BadRequest("expected {\"on\": true} or {\"on\": false}");
                }
                simulator.stopResponding(on.booleanValue());
            }
            default -> {
                return ControlReply.error(HttpResponseStatus.NOT_FOUND, "no such fault: " + path);
            }
        }
        return ControlReply.ok(Map.of("done", path));
    }

    private JsonNode json(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("a JSON body is required");
        }
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadRequest("the body must be a JSON object");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new BadRequest("bad JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            throw new BadRequest("missing field \"" + field + "\"");
        }
        return value.asText();
    }

    private static Duration optionalMillis(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || value.asLong() < 0) {
            throw new BadRequest("\"" + field + "\" must be a number of milliseconds (0 or more) or null");
        }
        return Duration.ofMillis(value.asLong());
    }

    private static void requireMethod(HttpMethod method, HttpMethod expected, String path) {
        if (!method.equals(expected)) {
            throw new WrongMethod(expected + " " + path);
        }
    }

    private static ControlReply notAllowed(HttpMethod method, String path) {
        return ControlReply.error(HttpResponseStatus.METHOD_NOT_ALLOWED, method + " is not allowed on " + path);
    }

    /** A request the client must fix (400). */
    static class BadRequest extends IllegalArgumentException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** The resource exists but not with this method (405). */
    static final class WrongMethod extends BadRequest {
        WrongMethod(String expected) {
            super("use " + expected);
        }
    }
}
