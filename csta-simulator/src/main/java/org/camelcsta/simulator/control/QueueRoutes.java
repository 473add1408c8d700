package org.camelcsta.simulator.control;

import static org.camelcsta.simulator.control.ControlRoutes.requireMethod;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.camelcsta.simulator.CstaSimulator;

/**
 * The queues, their agents and statistics; agents sign in and out by channel as with SetQueueMember (a
 * {@code QueueMemberEvent} and a {@code QueueStatisticsEvent} to the queue's monitors):
 * <pre>
 * GET  /queues                          every queue: number, name, agents, counts
 * GET  /queues/{queue}                  one queue
 * PUT  /queues/{queue}/agents/{agent}   {"signedIn": true, "sip": true, "mobile": false, "skype": false}:
 *                                       the agent's whole membership; a channel not given is off; only sip
 *                                       rings for the queue's calls
 * </pre>
 */
final class QueueRoutes {

    private static final Pattern QUEUE = Pattern.compile("/queues/([^/]+)");
    private static final Pattern AGENT = Pattern.compile("/queues/([^/]+)/agents/([^/]+)");

    private final CstaSimulator simulator;
    private final ObjectMapper mapper;

    QueueRoutes(CstaSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.mapper = mapper;
    }

    /** @param path a path that starts with {@code /queues} */
    ControlReply route(HttpMethod method, String path, byte[] body) {
        if (path.equals("/queues")) {
            requireMethod(method, HttpMethod.GET, path);
            return ControlReply.ok(simulator.queues());
        }
        Matcher queue = QUEUE.matcher(path);
        if (queue.matches()) {
            requireMethod(method, HttpMethod.GET, path);
            return ControlReply.ok(simulator.queue(queue.group(1)));
        }
        Matcher agent = AGENT.matcher(path);
        if (agent.matches()) {
            requireMethod(method, HttpMethod.PUT, path);
            RequestBody request = RequestBody.parse(mapper, body);
            boolean signedIn = request.requiredBoolean("signedIn");
            boolean sip = request.optionalBoolean("sip");
            boolean mobile = request.optionalBoolean("mobile");
            boolean skype = request.optionalBoolean("skype");
            simulator.queueMember(agent.group(1), agent.group(2), signedIn, sip, mobile, skype);
            return ControlReply.ok(simulator.queue(agent.group(1)));
        }
        return ControlReply.error(HttpResponseStatus.NOT_FOUND, "no such resource: " + path);
    }
}
