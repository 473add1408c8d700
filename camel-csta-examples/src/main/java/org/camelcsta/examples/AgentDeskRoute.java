package org.camelcsta.examples;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.CstaValidationException;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.protocol.model.MemberListItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route 6: the agent desk. An agent's desk application signs the agent into and out of the queue and toggles
 * do-not-disturb over HTTP; each answer is the state read back from the PBX after the change:
 * <pre>
 * POST /desk/agents/{agent}  {"queue": "400", "signedIn": true}  -> 200 {"agent": "170", "queue": "400", "signedIn": true}
 * POST /desk/dnd/{device}    {"on": true}                        -> 200 {"device": "170", "on": true}
 * </pre>
 * Signing in activates the agent's SIP phone in the queue; signing out deactivates it and keeps the membership
 * ({@code setQueueMember}, read back by {@code getQueueMember}). Do-not-disturb is {@code setDoNotDisturb}, read
 * back by {@code getDoNotDisturb}.
 * <p>
 * These operations are of the provider's current API: the route uses the {@value PbxConnection#DESK_COMPONENT}
 * component, a connection of its own in the current dialect. Only the devices of {@code examples.desk.devices} and
 * the queue {@code examples.desk.queue} may be named, and every request passes the {@link HttpGuard} first. Errors
 * are JSON as click-to-call's are: 400 bad body, 403 a device not on the allow-list, 415 not JSON, the PBX's refusal
 * by its category ({@link ClickToCallRoute#statusOf}), 503 and 504 for an unreachable or silent PBX.
 */
public class AgentDeskRoute extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(AgentDeskRoute.class);
    private static final String DESK = PbxConnection.DESK_COMPONENT;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The answer to a sign-in or sign-out: whether the agent takes the queue's calls now. */
    record AgentState(String agent, String queue, boolean signedIn) {
    }

    /** The answer to a do-not-disturb change, as read back. */
    record DndState(String device, boolean on) {
    }

    private DeviceAllowList deskDevices;
    private String queue;

    @Override
    public void configure() {
        ExamplesSettings settings = new ExamplesSettings(getContext());
        deskDevices = DeviceAllowList.parse("examples.desk.devices", settings.deskDevices());
        queue = settings.deskQueue();

        onException(ClickToCallRoute.BadRequestException.class, CstaValidationException.class).handled(true)
                .process(e -> HttpReply.error(e, 400, "bad request", failure(e).getMessage()));
        onException(ClickToCallRoute.DeviceNotAllowedException.class).handled(true)
                .process(e -> HttpReply.error(e, 403, "forbidden", failure(e).getMessage()));
        onException(ClickToCallRoute.NotJsonException.class).handled(true)
                .process(e -> HttpReply.error(e, 415, "unsupported media type", failure(e).getMessage()));
        onException(CstaErrorException.class).handled(true)
                .process(e -> {
                    CstaErrorException error = (CstaErrorException) failure(e);
                    HttpReply.error(e, ClickToCallRoute.statusOf(error),
                            error.getCategory() + ": " + error.getErrorValue(), error.getMessage());
                });
        onException(CstaTimeoutException.class).handled(true)
                .process(e -> HttpReply.error(e, 504, "the PBX did not answer in time", failure(e).getMessage()));
        onException(CstaConnectionException.class).handled(true)
                .process(e -> HttpReply.error(e, 503, "the PBX cannot be reached", failure(e).getMessage()));
        onException(Exception.class).handled(true)
                .process(e -> {
                    LOG.error("agent desk failed", failure(e));
                    HttpReply.error(e, 500, "internal error", "see the application's log");
                });

        from("platform-http:/desk/agents/{agent}?httpMethodRestrict=POST").routeId("agent-desk-queue")
                .process(HttpGuard.BEAN)
                .removeHeaders("CamelCsta*")
                .process(this::readSignIn)
                .to(DESK + ":setQueueMember?activateAgent=true&activateMobile=false&activateSkype=false&agentPosition=1")
                .setHeader(CstaConstants.DEVICE, exchangeProperty(CstaConstants.DEVICE))
                .to(DESK + ":getQueueMember")
                .log("[command] setQueueMember ${exchangeProperty.CamelCstaAgentDN} in ${exchangeProperty.CamelCstaDevice}"
                        + " (agent desk)")
                .process(this::replyAgentState);

        from("platform-http:/desk/dnd/{device}?httpMethodRestrict=POST").routeId("agent-desk-dnd")
                .process(HttpGuard.BEAN)
                .removeHeaders("CamelCsta*")
                .process(this::readDnd)
                .to(DESK + ":setDoNotDisturb")
                .setHeader(CstaConstants.DEVICE, exchangeProperty(CstaConstants.DEVICE))
                .to(DESK + ":getDoNotDisturb")
                .log("[command] setDoNotDisturb ${exchangeProperty.CamelCstaDevice} (agent desk)")
                .process(e -> HttpReply.json(e, 200, new DndState(e.getProperty(CstaConstants.DEVICE, String.class),
                        e.getMessage().getHeader(CstaConstants.REPLY_DO_NOT_DISTURB_ON, false, Boolean.class))));
    }

    /** {@code {"queue": "400", "signedIn": true}} for the agent of the path. */
    private void readSignIn(Exchange exchange) {
        String agent = allowedDevice(exchange.getMessage().getHeader("agent", String.class));
        JsonNode body = jsonBody(exchange, "{\"queue\": \"" + queue + "\", \"signedIn\": true}");
        String requested = body.path("queue").asText("");
        if (!body.path("queue").isTextual() || !requested.equals(queue)) {
            throw new ClickToCallRoute.BadRequestException("the field 'queue' must be the desk's queue, \"" + queue + "\"");
        }
        boolean signedIn = bool(body, "signedIn");
        exchange.setProperty(CstaConstants.DEVICE, queue);
        exchange.setProperty(CstaConstants.AGENT_DN, agent);
        exchange.getMessage().setHeader(CstaConstants.DEVICE, queue);
        exchange.getMessage().setHeader(CstaConstants.AGENT_DN, agent);
        // signing out keeps the membership and turns its phone off, as the provider's documentation does
        exchange.getMessage().setHeader(CstaConstants.ACTIVATE_SIP, signedIn);
        exchange.getMessage().setBody(null);
    }

    /** {@code {"on": true}} for the device of the path. */
    private void readDnd(Exchange exchange) {
        String device = allowedDevice(exchange.getMessage().getHeader("device", String.class));
        boolean on = bool(jsonBody(exchange, "{\"on\": true}"), "on");
        exchange.setProperty(CstaConstants.DEVICE, device);
        exchange.getMessage().setHeader(CstaConstants.DEVICE, device);
        exchange.getMessage().setHeader(CstaConstants.DO_NOT_DISTURB_ON, on);
        exchange.getMessage().setBody(null);
    }

    private void replyAgentState(Exchange exchange) throws JsonProcessingException {
        String agent = exchange.getProperty(CstaConstants.AGENT_DN, String.class);
        GetQueueMemberResponse members = exchange.getMessage().getBody(GetQueueMemberResponse.class);
        boolean signedIn = members != null && members.members().stream()
                .filter(member -> agent.equals(member.agentDn()))
                .anyMatch(AgentDeskRoute::takesCalls);
        HttpReply.json(exchange, 200, new AgentState(agent, queue, signedIn));
    }

    /** A member takes the queue's calls when it is active on at least one channel. */
    static boolean takesCalls(MemberListItem member) {
        return Boolean.TRUE.equals(member.active()) && (Boolean.TRUE.equals(member.activeSip())
                || Boolean.TRUE.equals(member.activeMobile()) || Boolean.TRUE.equals(member.activeSkype()));
    }

    private String allowedDevice(String device) {
        if (!deskDevices.allows(device)) {
            throw new ClickToCallRoute.DeviceNotAllowedException(String.valueOf(device), "examples.desk.devices");
        }
        return device;
    }

    private JsonNode jsonBody(Exchange exchange, String example) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            throw new ClickToCallRoute.NotJsonException(contentType);
        }
        String text = exchange.getMessage().getBody(String.class);
        try {
            JsonNode json = text == null || text.isBlank() ? null : mapper.readTree(text);
            if (json == null || !json.isObject()) {
                throw new ClickToCallRoute.BadRequestException("the body must be a JSON object: " + example);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new ClickToCallRoute.BadRequestException("the body is not valid JSON: " + example);
        }
    }

    private static boolean bool(JsonNode body, String field) {
        if (!body.path(field).isBoolean()) {
            throw new ClickToCallRoute.BadRequestException("the field '" + field + "' must be true or false");
        }
        return body.path(field).booleanValue();
    }

    private static Throwable failure(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
