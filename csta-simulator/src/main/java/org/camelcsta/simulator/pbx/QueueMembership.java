package org.camelcsta.simulator.pbx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who is a member of a queue and on which channels (SetQueueMember). An agent signs in with {@code activateAgent}
 * and each channel flag set to {@code true}; it signs out of a channel by setting its flag to {@code false}
 * (keeping {@code activateAgent: true}), and out of the queue with {@code activateAgent: false}. Only the desk
 * phone ({@code activeSip}) rings in the simulator. Every change is confirmed by a {@code QueueMemberEvent} that
 * lists the changed member.
 */
final class QueueMembership {

    /** The flags of one SetQueueMember; a {@code null} flag keeps its value. */
    record Change(Boolean agent, Boolean sip, Boolean mobile, Boolean skype, Integer position) {
    }

    private final DeviceDirectory devices;
    private final CallNotifier notifier;
    private final QueueCalls queueCalls;

    QueueMembership(DeviceDirectory devices, CallNotifier notifier, QueueCalls queueCalls) {
        this.devices = devices;
        this.notifier = notifier;
        this.queueCalls = queueCalls;
    }

    void set(Queue queue, String agentDevice, Change change) {
        String agent = devices.require(agentDevice);
        Queue.Member member = queue.member(agent);
        boolean tookCalls = member.takesCalls();
        if (change.agent() != null) {
            member.active = change.agent();
        }
        if (change.sip() != null) {
            member.sip = change.sip();
        }
        if (change.mobile() != null) {
            member.mobile = change.mobile();
        }
        if (change.skype() != null) {
            member.skype = change.skype();
        }
        if (change.position() != null) {
            member.position = change.position();
        }
        notifier.aboutQueue(queue.number(), (ref, dialect) -> {
            ObjectNode body = Wire.NODES.objectNode();
            body.putObject("memberList").set("memberListItem", item(member));
            return Wire.event("QueueMemberEvent", ref, body);
        });
        queueCalls.publishStatistics(queue);
        if (!tookCalls && member.takesCalls()) {
            queueCalls.agentAvailable(queue, agent);
        }
    }

    /** GetQueueMember's {@code memberListItem}s. */
    static ArrayNode list(Queue queue) {
        ArrayNode items = Wire.NODES.arrayNode();
        queue.members().values().forEach(member -> items.add(item(member)));
        return items;
    }

    private static ObjectNode item(Queue.Member member) {
        ObjectNode item = Wire.NODES.objectNode();
        item.put("active", member.active);
        item.put("activeSip", member.sip);
        item.put("activeMobile", member.mobile);
        item.put("activeSkype", member.skype);
        item.put("agentDN", member.agent);
        return item;
    }
}
