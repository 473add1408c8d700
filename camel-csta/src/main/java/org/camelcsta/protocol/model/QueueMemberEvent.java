package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue member changed (SetQueueMember, or elsewhere).
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}, e.g. {@code q-12345678-400}
 * @param memberList        the member(s), with the fields of {@link GetQueueMemberResponse}
 * @param privateData       {@code privateData}, or {@code null}
 */
public record QueueMemberEvent(
        @JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        MemberList memberList,
        PrivateData privateData) implements DeviceEvent {

    /** The queue's number, from the {@code q-<trunk>-<queue>} id; {@code null} for another id. */
    @Override
    public String device() {
        if (monitorCrossRefId == null || !monitorCrossRefId.startsWith("q-")) {
            return null;
        }
        int dash = monitorCrossRefId.lastIndexOf('-');
        return dash > 1 ? monitorCrossRefId.substring(dash + 1) : null;
    }

    /** The members, empty where there are none. */
    public List<MemberListItem> members() {
        return memberList == null ? List.of() : memberList.memberListItem();
    }
}
