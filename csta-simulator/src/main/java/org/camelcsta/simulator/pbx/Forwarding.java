package org.camelcsta.simulator.pbx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelcsta.simulator.DeviceSettings.ForwardingRule;
import org.camelcsta.simulator.LegState;

/**
 * Call forwarding per device and type. {@code forwardImmediate}: a call that starts ringing at the device is
 * diverted at once; {@code forwardNoAns}: after {@code ringDuration} seconds of ringing. Each diversion sends
 * {@code DivertedEvent} ({@link Diversion}). {@code forwardBusy} and {@code forwardDND} are kept and reported but
 * never act (the simulator's devices are never busy; DND refuses calls). A call is diverted at most
 * {@link #MAX_DIVERSIONS} times, so that two devices forwarding to each other end up ringing; a target that
 * refuses the call (DND, already a party) leaves it ringing where it is. Every setting is confirmed by a
 * {@code ForwardingEvent}.
 */
final class Forwarding implements CallObserver {

    static final List<String> TYPES = List.of("forwardImmediate", "forwardNoAns", "forwardBusy", "forwardDND");
    static final int MAX_DIVERSIONS = 5;
    private static final int DEFAULT_RING_DURATION = 90;

    /** One rule: whether it is on, where to, and (no answer) after how many seconds. */
    record Rule(boolean on, String target, int ringDurationSeconds) {
    }

    private final Map<String, Map<String, Rule>> rules = new HashMap<>();
    private final CallNotifier notifier;
    private final Destinations destinations;
    private final Diversion diversion;
    private final PbxExecutor executor;
    private final CallRegistry registry;

    Forwarding(CallNotifier notifier, Destinations destinations, Diversion diversion, PbxExecutor executor,
            CallRegistry registry) {
        this.notifier = notifier;
        this.destinations = destinations;
        this.diversion = diversion;
        this.executor = executor;
        this.registry = registry;
    }

    /**
     * Sets one rule of a device.
     *
     * @throws PbxException {@code operation: invalidParameterValue} for an unknown type,
     *                      {@code operation: invalidDestination} for a target that is missing or cannot be dialled
     */
    void set(String device, String type, boolean on, String target, Integer ringDurationSeconds) {
        if (!TYPES.contains(type)) {
            throw Wire.invalid("forwardingType", type, "one of " + TYPES);
        }
        String number = null;
        if (target != null && !target.isBlank()) {
            number = destinations.numberOf(target);
        } else if (on) {
            throw new PbxException("operation", "invalidDestination", "forwardDN is missing: forwarding needs a target");
        }
        if (device.equals(number)) {
            throw new PbxException("operation", "invalidDestination", "device " + device + " cannot forward to itself");
        }
        int seconds = ringDurationSeconds != null ? ringDurationSeconds : DEFAULT_RING_DURATION;
        Rule rule = new Rule(on, number, seconds);
        rules.computeIfAbsent(device, d -> new LinkedHashMap<>()).put(type, rule);
        notifier.aboutDevice(device, (ref, dialect) -> {
            ObjectNode body = Wire.NODES.objectNode();
            body.set("device", Wire.device(device));
            body.put("forwardStatus", rule.on());
            body.put("forwardingType", type);
            body.put("forwardTo", rule.target() == null ? "" : rule.target());
            body.put("ringDuration", type.equals("forwardNoAns") ? rule.ringDurationSeconds() : 0);
            return Wire.event("ForwardingEvent", ref, body);
        });
    }

    /** {@code forwardListItem}s: immediate and no-answer always, the other types once set. */
    ArrayNode list(String device) {
        ArrayNode items = Wire.NODES.arrayNode();
        for (ForwardingRule rule : rules(device)) {
            ObjectNode item = items.addObject();
            item.put("forwardingType", rule.type());
            item.put("forwardStatus", rule.on());
            item.put("forwardDN", rule.target() == null ? "" : rule.target());
            item.put("ringDuration", rule.ringDurationSeconds());
        }
        return items;
    }

    /** The rules of a device: immediate and no-answer always, the other types once set. */
    List<ForwardingRule> rules(String device) {
        Map<String, Rule> own = rules.getOrDefault(device, Map.of());
        List<ForwardingRule> list = new ArrayList<>();
        for (String type : TYPES) {
            Rule rule = own.get(type);
            if (rule == null && !type.equals("forwardImmediate") && !type.equals("forwardNoAns")) {
                continue;
            }
            if (rule == null) {
                rule = new Rule(false, null, DEFAULT_RING_DURATION);
            }
            list.add(new ForwardingRule(type, rule.on(), rule.target(), rule.ringDurationSeconds()));
        }
        return list;
    }

    @Override
    public void ringing(Leg leg) {
        if (!leg.isDevice() || leg.isPromptRinging() || leg.call().diversions() >= MAX_DIVERSIONS) {
            return;
        }
        Map<String, Rule> own = rules.getOrDefault(leg.party(), Map.of());
        Rule immediate = own.get("forwardImmediate");
        if (immediate != null && immediate.on()) {
            diversion.divertIfPossible(leg, immediate.target(), "forwardImmediate");
            return;
        }
        Rule noAnswer = own.get("forwardNoAns");
        if (noAnswer != null && noAnswer.on()) {
            executor.schedule(() -> {
                if (registry.isActive(leg) && leg.state() == LegState.ALERTING) {
                    diversion.divertIfPossible(leg, noAnswer.target(), "forwardNoAns");
                }
            }, Duration.ofSeconds(noAnswer.ringDurationSeconds()));
        }
    }
}
