package org.camelcsta.simulator.pbx;

import java.util.List;
import java.util.function.Function;

import org.camelcsta.protocol.model.CstaEvent;

/**
 * Tells the monitors of the devices in a call what happened to their legs, each monitor about its device's own
 * leg. External numbers have no monitors: their legs are skipped.
 */
final class CallNotifier {

    private final MonitorRegistry monitors;
    private final CallEvents events;

    CallNotifier(MonitorRegistry monitors, DeviceDirectory devices) {
        this.monitors = monitors;
        this.events = new CallEvents(devices);
    }

    /** {@code DeliveredEvent} to one party: its call now rings at {@code alerting}. */
    void delivered(Leg subject, Leg alerting, String cause) {
        publish(subject, ref -> events.delivered(ref, subject, alerting, cause));
    }

    /** {@code EstablishedEvent} to every party of the answering leg's call. */
    void established(Leg answering, String cause) {
        for (Leg party : List.copyOf(answering.call().legs())) {
            publish(party, ref -> events.established(ref, party, answering, cause));
        }
    }

    /** {@code ConnectionClearedEvent} to the party whose leg ended. */
    void cleared(Leg subject, Call call, String releasingParty, String remoteParty, String cause) {
        publish(subject, ref -> events.cleared(ref, subject, call, releasingParty, remoteParty, cause));
    }

    /** {@code HeldEvent} to every party of the holding leg's call. */
    void held(Leg holding, String cause) {
        for (Leg party : List.copyOf(holding.call().legs())) {
            publish(party, ref -> events.held(ref, party, holding, cause));
        }
    }

    /** {@code RetrievedEvent} to every party of the retrieving leg's call. */
    void retrieved(Leg retrieving, String cause) {
        for (Leg party : List.copyOf(retrieving.call().legs())) {
            publish(party, ref -> events.retrieved(ref, party, retrieving, cause));
        }
    }

    /** {@code TransferedEvent} to a party that stays in the call after an attended transfer. */
    void transferred(Leg subject, String transferringDevice, String transferredToDevice) {
        publish(subject, ref -> events.transferred(ref, subject, transferringDevice, transferredToDevice));
    }

    private void publish(Leg subject, Function<String, CstaEvent> event) {
        if (subject.isDevice()) {
            monitors.publish(subject.party(), event);
        }
    }
}
