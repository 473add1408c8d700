package org.camelcsta.protocol.model;

import java.util.List;

/**
 * A queue's members.
 *
 * @param memberList  the members
 * @param privateData {@code privateData}, or {@code null}
 */
public record GetQueueMemberResponse(MemberList memberList, PrivateData privateData) implements CstaResponse {

    /** The members, empty where there are none. */
    public List<MemberListItem> members() {
        return memberList == null ? List.of() : memberList.memberListItem();
    }
}
