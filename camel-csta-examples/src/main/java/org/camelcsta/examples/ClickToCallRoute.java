package org.camelcsta.examples;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.MakeCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route 4: click-to-call. A CRM (or {@code curl}) posts {@code {"from": "150", "to": "4570203041"}} to
 * {@code POST /calls}; the route asks the PBX to connect the device {@code from} and call {@code to}
 * ({@code makeCall}), and answers {@code 200 {"callId": "SIP/hpbx-..."}}: the callID of the calling device's leg
 * of the new call, which later requests (transfer, clear) and the device's events use to name it.
 * <p>
 * Only the devices of {@code examples.click-to-call.devices} may place calls; and every request passes the
 * {@link HttpGuard} first (loopback only, or a bearer token; no cross-site requests).
 * <p>
 * Errors are JSON too, {@code {"error": "...", "details": "..."}}: 400 for a body that is not JSON or lacks a
 * field, 403 for a calling device not on the allow-list (or a request the guard refuses), 415 for a body sent as
 * another type (e.g. a form); for a request the PBX refuses ({@code CSTAErrorCode}), the error names it (e.g.
 * {@code operation: invalidDeviceID}) with a status by its category (see {@link #statusOf}); 503 when the PBX
 * cannot be reached, 504 when it does not answer in time.
 * <p>
 * The HTTP server is Camel's platform-http on Vert.x, configured by the {@code camel.server.*} properties.
 */
public class ClickToCallRoute extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(ClickToCallRoute.class);
    private static final Logger TRANSCRIPT = LoggerFactory.getLogger("transcript");

    /** A phone number or a device: digits, {@code *} and {@code #}, optionally with a leading {@code +}. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The body of {@code POST /calls}. */
    record CallRequest(String from, String to) {
    }

    /** The answer to a placed call. */
    record CallPlaced(String callId) {
    }

    /** A request this route refuses before asking the PBX anything. */
    static final class BadRequestException extends RuntimeException {
        BadRequestException(String message) {
            super(message);
        }
    }

    /** A calling device that is not on the allow-list. */
    static final class DeviceNotAllowedException extends RuntimeException {
        DeviceNotAllowedException(String device) {
            super("the device " + device + " may not place calls here (examples.click-to-call.devices)");
        }

        DeviceNotAllowedException(String device, String allowListProperty) {
            super("the device " + device + " may not be used here (" + allowListProperty + ")");
        }
    }

    /** A body that is not sent as JSON (curl -d sends a form unless told otherwise). */
    static final class NotJsonException extends RuntimeException {
        NotJsonException(String contentType) {
            super("the body is sent as " + contentType + "; send it as JSON, with Content-Type: application/json");
        }
    }

    private DeviceAllowList callingDevices;

    @Override
    public void configure() {
        callingDevices = DeviceAllowList.parse("examples.click-to-call.devices",
                new ExamplesSettings(getContext()).clickToCallDevices());

        // the error answers; handled(true): the exception ends here, and the HTTP client gets the reply set below
        onException(BadRequestException.class, CstaValidationException.class).handled(true)
                .process(e -> replyError(e, 400, "bad request", failure(e).getMessage()));
        onException(DeviceNotAllowedException.class).handled(true)
                .process(e -> replyError(e, 403, "forbidden", failure(e).getMessage()));
        onException(NotJsonException.class).handled(true)
                .process(e -> replyError(e, 415, "unsupported media type", failure(e).getMessage()));
        onException(CstaErrorException.class).handled(true)
                .process(e -> {
                    CstaErrorException error = (CstaErrorException) failure(e);
                    replyError(e, statusOf(error), error.getCategory() + ": " + error.getErrorValue(), error.getMessage());
                });
        onException(CstaTimeoutException.class).handled(true)
                .process(e -> replyError(e, 504, "the PBX did not answer in time", failure(e).getMessage()));
        onException(CstaConnectionException.class).handled(true)
                .process(e -> replyError(e, 503, "the PBX cannot be reached", failure(e).getMessage()));
        onException(Exception.class).handled(true)
                .process(e -> {
                    // the details stay in the log: an exception's text may tell a stranger more than they need
                    LOG.error("click-to-call failed", failure(e));
                    replyError(e, 500, "internal error", "see the application's log");
                });

        from("platform-http:/calls?httpMethodRestrict=POST").routeId("click-to-call")
                .process(HttpGuard.BEAN)
                // the request's own headers must not steer the csta producer
                .removeHeaders("CamelCsta*")
                .process(this::readCallRequest)
                .to("csta:makeCall")
                .log(LoggingLevel.INFO, "transcript", "[command] makeCall ${header.CamelCstaCallingDevice} -> "
                        + "${header.CamelCstaCalledDirectoryNumber}: ${header.CamelCstaCallId} (click-to-call)")
                .process(e -> HttpReply.json(e, 200, new CallPlaced(e.getMessage().getHeader(CstaConstants.CALL_ID, String.class))));
    }

    /** Reads and checks {@code {"from": ..., "to": ...}} and makes the body the {@code MakeCall} they ask for. */
    private void readCallRequest(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw new NotJsonException(contentType);
        }
        String body = exchange.getMessage().getBody(String.class);
        if (body == null || body.isBlank()) {
            throw new BadRequestException("the body must be JSON: {\"from\": \"<device>\", \"to\": \"<number>\"}");
        }
        CallRequest request;
        try {
            JsonNode json = mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw new BadRequestException("the body must be a JSON object: {\"from\": \"<device>\", \"to\": \"<number>\"}");
            }
            request = mapper.treeToValue(json, CallRequest.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
            throw new BadRequestException("the field '" + field + "' must be a string");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON: " + shortReason(e));
        }
        String from = number("from", request.from());
        String to = number("to", request.to());
        if (!callingDevices.allows(from)) {
            throw new DeviceNotAllowedException(from);
        }
        // the checked request, typed, replaces the posted JSON: nothing else the caller sent reaches the PBX
        exchange.getMessage().setBody(new MakeCall(from, to));
        exchange.getMessage().setHeader(CstaConstants.CALLING_DEVICE, from);
        exchange.getMessage().setHeader(CstaConstants.CALLED_DIRECTORY_NUMBER, to);
    }

    /** Jackson's reason without its quote of the input, e.g. "Unexpected end-of-input at line 1, column 16". */
    private static String shortReason(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage());
        int detail = reason.indexOf(" (");
        if (detail > 0) {
            reason = reason.substring(0, detail);
        }
        return e.getLocation() == null ? reason
                : reason + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("the field '" + field + "' is missing");
        }
        String number = value.trim();
        if (!NUMBER.matcher(number).matches()) {
            throw new BadRequestException("the field '" + field + "' must be a phone number or device: digits, * and #, "
                    + "optionally with a leading +");
        }
        return number;
    }

    /**
     * The HTTP status of a request the PBX refused, by the error's category: the caller's mistake (an unknown device,
     * a call in the wrong state) is a 4xx; the application's own trouble with the PBX (its login refused, the PBX
     * short of resources) is a 5xx.
     */
    static int statusOf(CstaErrorException error) {
        return switch (String.valueOf(error.getCategory())) {
            case "operation", "privateData" -> 422;
            case "stateIncompatibility" -> 409;
            case "systemResourceAvailability", "subscribedResourceAvailability", "performanceManagement" -> 503;
            default -> 502; // security (our login), unspecified, anything new
        };
    }

    private void replyError(Exchange exchange, int status, String error, String details) throws JsonProcessingException {
        if (status >= 500 || status == 409 || status == 422) {
            TRANSCRIPT.info("[command] makeCall {} -> {} failed: {}", exchange.getMessage().getHeader(CstaConstants.CALLING_DEVICE),
                    exchange.getMessage().getHeader(CstaConstants.CALLED_DIRECTORY_NUMBER), details);
        }
        HttpReply.error(exchange, status, error, details);
    }

    private static Throwable failure(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
