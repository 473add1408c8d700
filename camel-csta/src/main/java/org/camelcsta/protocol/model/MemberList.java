package org.camelcsta.protocol.model;

import java.util.List;

/** @param memberListItem one per member, never {@code null} */
public record MemberList(List<MemberListItem> memberListItem) {

    public MemberList {
        memberListItem = memberListItem == null ? List.of() : List.copyOf(memberListItem);
    }
}
