package org.camelcsta.examples;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.protocol.model.QueueStatisticsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Route 7: the queue wallboard. Monitors the queue {@code examples.desk.queue} for {@code QueueStatisticsEvent}
 * and prints one transcript line per event, e.g.
 * {@code [wallboard] queue 400: waiting 1, answered 3, missed 1, agents 2}. The queue's monitor object is
 * {@code q-<trunk>-<queue>}, the trunk being the first label of the PBX domain; like the agent desk, it uses the
 * {@value PbxConnection#DESK_COMPONENT} connection, in the current dialect.
 */
public class QueueWallboardRoute extends RouteBuilder {

    private static final Logger TRANSCRIPT = LoggerFactory.getLogger("transcript");

    /** The last line of each queue, for whoever shows the board (the demo checks it). */
    private final Map<String, String> lastLines = new ConcurrentHashMap<>();

    @Override
    public void configure() {
        ExamplesSettings settings = new ExamplesSettings(getContext());
        from(PbxConnection.DESK_COMPONENT + ":monitor?eventTypes=QueueStatisticsEvent&devices="
                + queueObject(settings.cstaPbxDomain(), settings.deskQueue())).routeId("queue-wallboard")
                .process(exchange -> {
                    QueueStatisticsEvent statistics = exchange.getMessage().getMandatoryBody(QueueStatisticsEvent.class);
                    String line = line(statistics);
                    lastLines.put(statistics.localNumber(), line);
                    TRANSCRIPT.info("[wallboard] {}", line);
                });
    }

    /** The monitor object of a queue: {@code q-12345678-400} for queue 400 of {@code 12345678.pbx.one-connect.dk}. */
    static String queueObject(String pbxDomain, String queue) {
        int dot = pbxDomain.indexOf('.');
        return "q-" + (dot < 0 ? pbxDomain : pbxDomain.substring(0, dot)) + "-" + queue;
    }

    /** One wallboard line: {@code queue 400: waiting 1, answered 3, missed 1, agents 2}. */
    static String line(QueueStatisticsEvent statistics) {
        return "queue " + statistics.localNumber() + ": waiting " + count(statistics.waitingCalls())
                + ", answered " + count(statistics.totalAnsweredCalls())
                + ", missed " + count(statistics.totalMissedCalls())
                + ", agents " + (statistics.agentList() == null ? 0 : statistics.agentList().agentListItem().size());
    }

    /** The queue's last line, or {@code null} before its first statistics. */
    String lastLine(String queue) {
        return lastLines.get(queue);
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
