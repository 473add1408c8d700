package org.camelcsta.protocol.model;

import java.util.List;

/** @param forwardListItem one per rule, never {@code null} */
public record ForwardingList(List<ForwardListItem> forwardListItem) {

    public ForwardingList {
        forwardListItem = forwardListItem == null ? List.of() : List.copyOf(forwardListItem);
    }
}
