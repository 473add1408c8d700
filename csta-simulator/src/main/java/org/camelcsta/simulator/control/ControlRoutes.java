package org.camelcsta.simulator.control;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * GET  /calls/{callId}/digits          {"callId": "...", "digits": "12#"}: the DTMF a leg sent ("" where none)
 * POST /devices/{device}/answer        the device answers its ringing call
 * POST /devices/{device}/hangup        the device hangs up
 * POST /devices/{device}/hold          the device holds its connected call
 * POST /devices/{device}/retrieve      the device takes its held call back
 * PUT  /devices/{device}/auto-answer   {"delayMs": N} or {"delayMs": null}
 * GET|PUT /devices/{device}/dnd        do-not-disturb, see {@link DeviceSettingRoutes}
 * GET|PUT /devices/{device}/forwarding forwarding rules, see {@link DeviceSettingRoutes}
 * GET  /queues[/{queue}]               queues, agents, statistics, see {@link QueueRoutes}
 * PUT  /queues/{queue}/agents/{agent}  an agent signs in or out, see {@link QueueRoutes}
 * POST /faults/drop-connections        closes every client connection
 * PUT  /faults/response-delay          {"delayMs": N}
 * PUT  /faults/stop-responding         {"on": true|false}
 * PUT  /faults/echo-request-ids        {"on": true|false}: false answers as the 2020 server, without requestIDs
 * POST /faults/malformed-frame         every client gets one unparsable frame
 * GET  /status                         ports, sessions, the board's feed
 * </pre>
 * The board ({@code GET /}) is served in front of these routes, by {@link Board}. Every route reads and checks
 * its whole request before it changes anything, so a refused request changes nothing.
 */
final class ControlRoutes {

    private static final Pattern DEVICE_ACTION = Pattern.compile("/devices/([^/]+)/(answer|hangup|hold|retrieve|auto-answer)");
    private static final Pattern DEVICE_SETTING = Pattern.compile("/devices/([^/]+)/(dnd|forwarding)");
    /** A callID holds slashes ({@code SIP/hpbx-0000002a}); sent encoded or not, it arrives decoded. */
    private static final Pattern CALL_DIGITS = Pattern.compile("/calls/(.+)/digits");
    /** The PBX's refusals that say the request itself is wrong, rather than the state it meets. */
    private static final Set<String> BAD_REQUEST_VALUES = Set.of("invalidParameterValue", "invalidDestination",
            "invalidCalledDevice", "missingParameter");

    private final CstaSimulator simulator;
    private final Board board;
    private final ObjectMapper mapper;
    private final DeviceSettingRoutes deviceSettings;
    private final QueueRoutes queues;

    ControlRoutes(CstaSimulator simulator, Board board, ObjectMapper mapper) {
        this.simulator = simulator;
        this.board = board;
        this.mapper = mapper;
        this.deviceSettings = new DeviceSettingRoutes(simulator, mapper);
        this.queues = new QueueRoutes(simulator, mapper);
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
            return ControlReply.error(status(e), e.getMessage());
        } catch (IllegalArgumentException e) {
            return ControlReply.error(HttpResponseStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static HttpResponseStatus status(PbxException refusal) {
        if (refusal.value().equals("invalidDeviceID")) {
            return HttpResponseStatus.NOT_FOUND;
        }
        return BAD_REQUEST_VALUES.contains(refusal.value()) ? HttpResponseStatus.BAD_REQUEST
                : HttpResponseStatus.CONFLICT;
    }

    private ControlReply dispatch(HttpMethod method, String path, byte[] body) {
        if (path.equals("/calls")) {
            if (method.equals(HttpMethod.GET)) {
                return ControlReply.ok(simulator.calls());
            }
            if (method.equals(HttpMethod.POST)) {
                RequestBody call = RequestBody.parse(mapper, body);
                String from = call.requiredText("from");
                String to = call.requiredText("to");
                String name = call.optionalText("name");
                return new ControlReply(HttpResponseStatus.CREATED, simulator.incomingCall(from, to, name));
            }
            return notAllowed(method, path);
        }
        Matcher digits = CALL_DIGITS.matcher(path);
        if (digits.matches()) {
            requireMethod(method, HttpMethod.GET, path);
            String callId = digits.group(1);
            return ControlReply.ok(new DigitsSent(callId, simulator.digitsSent(callId)));
        }
        Matcher device = DEVICE_ACTION.matcher(path);
        if (device.matches()) {
            return deviceAction(method, path, device.group(1), device.group(2), body);
        }
        Matcher setting = DEVICE_SETTING.matcher(path);
        if (setting.matches()) {
            return deviceSettings.route(method, path, setting.group(1), setting.group(2), body);
        }
        if (path.equals("/queues") || path.startsWith("/queues/")) {
            return queues.route(method, path, body);
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
                Duration delay = RequestBody.parse(mapper, body).optionalMillis("delayMs");
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
                Duration delay = RequestBody.parse(mapper, body).optionalMillis("delayMs");
                simulator.delayResponses(delay == null ? Duration.ZERO : delay);
            }
            case "/faults/stop-responding" -> {
                requireMethod(method, HttpMethod.PUT, path);
                simulator.stopResponding(RequestBody.parse(mapper, body).requiredBoolean("on"));
            }
            case "/faults/echo-request-ids" -> {
                requireMethod(method, HttpMethod.PUT, path);
                simulator.echoRequestIds(RequestBody.parse(mapper, body).requiredBoolean("on"));
            }
            default -> {
                return ControlReply.error(HttpResponseStatus.NOT_FOUND, "no such fault: " + path);
            }
        }
        return ControlReply.ok(Map.of("done", path));
    }

    static void requireMethod(HttpMethod method, HttpMethod expected, String path) {
        if (!method.equals(expected)) {
            throw new WrongMethod(expected + " " + path);
        }
    }

    private static ControlReply notAllowed(HttpMethod method, String path) {
        return ControlReply.error(HttpResponseStatus.METHOD_NOT_ALLOWED, method + " is not allowed on " + path);
    }

    /** The DTMF a leg sent, as the reply writes it. */
    record DigitsSent(String callId, String digits) {
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
