package org.camelcsta.simulator.pbx;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Do-not-disturb per device: off, or on. A call to a device with DND on is refused, as the provider's PBX answers
 * it busy: the request that would ring it gets {@code stateIncompatibility: invalidObjectState} and nothing rings.
 * Every setting, even one that changes nothing, is confirmed by a {@code DoNotDisturbEvent}.
 */
final class DoNotDisturb {

    private final Set<String> on = new HashSet<>();
    private final CallNotifier notifier;

    DoNotDisturb(CallNotifier notifier) {
        this.notifier = notifier;
    }

    boolean isOn(String device) {
        return on.contains(device);
    }

    void set(String device, boolean enabled) {
        if (enabled) {
            on.add(device);
        } else {
            on.remove(device);
        }
        notifier.aboutDevice(device, (ref, dialect) -> {
            ObjectNode body = Wire.NODES.objectNode();
            body.set("device", Wire.device(device));
            body.put("doNotDisturbOn", enabled);
            return Wire.event("DoNotDisturbEvent", ref, body);
        });
    }

    /**
     * @throws PbxException {@code stateIncompatibility: invalidObjectState} where the device has DND on
     */
    void requireReachable(String party) {
        if (on.contains(party)) {
            throw new PbxException("stateIncompatibility", "invalidObjectState",
                    "device " + party + " is in do-not-disturb: the call is refused");
        }
    }
}
