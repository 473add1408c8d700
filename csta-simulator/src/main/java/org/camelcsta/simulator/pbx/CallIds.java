package org.camelcsta.simulator.pbx;

import java.util.UUID;

/** Issues the identifiers of calls and legs: {@code SIP/hpbx-xxxxxxxx} with 8 increasing hex digits. */
final class CallIds {

    private long nextLeg = 0x100;

    String nextLegCallId() {
        return String.format("SIP/hpbx-%08x", nextLeg++);
    }

    String nextGlobalCallLinkageId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
