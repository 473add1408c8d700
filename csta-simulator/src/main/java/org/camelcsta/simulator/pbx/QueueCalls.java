package org.camelcsta.simulator.pbx;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls to a queue:
 * <pre>
 *   a call rings at the queue   the queue's leg waits (ALERTING); every agent taking calls rings with it
 *   an agent answers            the queue's leg and the other agents' legs leave the call (answeredElsewhere)
 *   an agent signs in           every waiting call also rings at it
 *   the caller hangs up first   a missed call
 * </pre>
 * Each step updates the queue's statistics and sends {@code QueueStatisticsEvent} to the queue's monitors.
 */
final class QueueCalls implements CallObserver {

    private final QueueDirectory queues;
    private final CallLifecycle lifecycle;
    private final CallNotifier notifier;

    QueueCalls(QueueDirectory queues, CallLifecycle lifecycle, CallNotifier notifier) {
        this.queues = queues;
        this.lifecycle = lifecycle;
        this.notifier = notifier;
    }

    @Override
    public void ringing(Leg leg) {
        if (!leg.isQueue()) {
            return;
        }
        Queue queue = queues.get(leg.party());
        Call call = leg.call();
        call.queue(queue);
        queue.arrived(call);
        publishStatistics(queue);
        for (Queue.Member member : queue.takingCalls()) {
            if (call.legOf(member.agent).isEmpty()) {
                lifecycle.ring(call, member.agent, "distributed");
            }
        }
    }

    @Override
    public void answered(Leg leg, List<Leg> stoppedRinging) {
        Queue queue = leg.call().queue();
        if (queue == null || !queue.waiting().contains(leg.call())) {
            return;
        }
        queue.answered(leg.call(), leg.party());
        stoppedRinging.stream().filter(Leg::isDevice).forEach(missed -> queue.missedBy(missed.party()));
        publishStatistics(queue);
    }

    @Override
    public void ended(Call call) {
        Queue queue = call.queue();
        if (queue == null) {
            return;
        }
        boolean waiting = queue.waiting().contains(call);
        if (waiting) {
            call.legs().stream().filter(leg -> leg.isDevice() && !leg.party().equals(call.callingParty()))
                    .forEach(missed -> queue.missedBy(missed.party()));
        }
        queue.ended(call, waiting);
        publishStatistics(queue);
    }

    /** An agent now takes calls: the calls waiting in the queue ring at it too. */
    void agentAvailable(Queue queue, String agent) {
        for (Call call : List.copyOf(queue.waiting())) {
            if (call.legOf(agent).isEmpty()) {
                lifecycle.ring(call, agent, "distributed");
            }
        }
    }

    void publishStatistics(Queue queue) {
        notifier.aboutQueue(queue.number(), (ref, dialect) -> {
            ObjectNode body = Wire.NODES.objectNode();
            body.put("localNumber", queue.number());
            body.put("currentCalls", queue.waiting().size() + queue.servicingCalls());
            body.put("servicingCalls", queue.servicingCalls());
            body.put("waitingCalls", queue.waiting().size());
            body.put("maxCurrentWait", 0);
            body.put("totalNoOfCalls", queue.totalCalls());
            body.put("totalAnsweredCalls", queue.answeredCalls());
            body.put("totalMissedCalls", queue.missedCalls());
            body.put("averageWaitTime", 0);
            body.put("averageTalkTime", 0);
            body.put("maxWaitTime", 0);
            ObjectNode agents = body.putObject("agentList");
            var items = agents.putArray("agentListItem");
            for (Queue.Member member : queue.members().values()) {
                ObjectNode item = items.addObject();
                item.set("device", Wire.device(member.agent));
                item.put("totalNoOfCalls", member.totalCalls);
                item.put("totalAnsweredCalls", member.answeredCalls);
                item.put("totalMissedCalls", member.missedCalls);
                item.put("averageTalkTime", 0);
            }
            return Wire.event("QueueStatisticsEvent", ref, body);
        });
    }
}
