package org.camelcsta.simulator;

import java.util.List;
import java.util.Objects;

/**
 * A device's settings as its phone set them, a snapshot: do-not-disturb and forwarding.
 *
 * @param device        the device number
 * @param doNotDisturb  whether calls to it are refused
 * @param forwarding    its forwarding rules: immediate and no-answer always, the other types once set
 */
public record DeviceSettings(String device, boolean doNotDisturb, List<ForwardingRule> forwarding) {

    public DeviceSettings {
        Objects.requireNonNull(device, "device");
        forwarding = List.copyOf(forwarding);
    }

    /**
     * One forwarding rule.
     *
     * @param type                {@code forwardImmediate}, {@code forwardNoAns}, {@code forwardBusy} or
     *                            {@code forwardDND}
     * @param on                  whether it acts
     * @param target              where calls go; {@code null} where none was set
     * @param ringDurationSeconds how long a call rings before {@code forwardNoAns} diverts it
     */
    public record ForwardingRule(String type, boolean on, String target, int ringDurationSeconds) {

        public ForwardingRule {
            Objects.requireNonNull(type, "type");
        }
    }

    /** The rules that act now. */
    public List<ForwardingRule> forwardingOn() {
        return forwarding.stream().filter(ForwardingRule::on).toList();
    }
}
