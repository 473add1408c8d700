package org.camelcsta.simulator.pbx;

import java.time.Clock;
import java.util.List;


/**
 * Tells the monitors of the parties in a call what happened to their legs, each monitor about its device's own
 * leg, in the form of its session's dialect ({@link CallEvents} for 2020, {@link CurrentCallEvents}). Device legs
 * go to the device's monitors and the trunk monitors; external legs go to the trunk monitors only (on
 * {@code t-<trunk>}), which only current-API sessions start.
 */
final class CallNotifier {

    private final MonitorRegistry monitors;
    private final CallEvents events2020;
    private final CurrentCallEvents current;

    CallNotifier(MonitorRegistry monitors, DeviceDirectory devices, Clock clock) {
        this.monitors = monitors;
        this.events2020 = new CallEvents(devices);
        this.current = new CurrentCallEvents(clock);
    }

    /** {@code DeliveredEvent} to one party: its call now rings at {@code alerting}. */
    void delivered(Leg subject, Leg alerting, String cause) {
        publish(subject, (ref, dialect) -> dialect == Dialect.CURRENT
                ? current.delivered(ref, subject, alerting, cause)
                : events2020.delivered(ref, subject, alerting, cause));
    }

    /** {@code EstablishedEvent} to every party of the answering leg's call. */
    void established(Leg answering, String cause) {
        for (Leg party : List.copyOf(answering.call().legs())) {
            publish(party, (ref, dialect) -> dialect == Dialect.CURRENT
                    ? current.established(ref, party, answering, cause)
                    : events2020.established(ref, party, answering, cause));
        }
    }

    /**
     * After an attended transfer, the current API's clients hear {@code EstablishedEvent} (cause {@code transfer})
     * for both remaining parties, with their new remote party; 2020 clients hear {@code TransferedEvent} instead.
     */
    void rejoined(Leg answered) {
        for (Leg party : List.copyOf(answered.call().legs())) {
            publish(party, (ref, dialect) -> dialect == Dialect.CURRENT
                    ? current.established(ref, party, answered, "transfer") : null);
        }
    }

    /** {@code ConnectionClearedEvent} to the party whose leg ended. */
    void cleared(Leg subject, Call call, String releasingParty, String remoteParty, String cause) {
        publish(subject, (ref, dialect) -> dialect == Dialect.CURRENT
                ? current.cleared(ref, subject, call, releasingParty)
                : events2020.cleared(ref, subject, call, releasingParty, remoteParty, cause));
    }

    /**
     * A leg left its device by a transfer: a 2020 client hears {@code ConnectionClearedEvent} with
     * {@code cause2020}, a current one {@code TransferedEvent} with {@code currentCause}.
     */
    void leftByTransfer(Leg leg, Call call, String remoteParty, String transferring, String transferredTo,
            String cause2020, String currentCause) {
        publish(leg, (ref, dialect) -> dialect == Dialect.CURRENT
                ? current.transferred(ref, leg, call, transferring, transferredTo, currentCause)
                : events2020.cleared(ref, leg, call, transferring, remoteParty, cause2020));
    }

    /** {@code HeldEvent} to every party of the holding leg's call. */
    void held(Leg holding, String cause) {
        for (Leg party : List.copyOf(holding.call().legs())) {
            publish(party, (ref, dialect) -> dialect == Dialect.CURRENT ? current.held(ref, party, holding)
                    : events2020.held(ref, party, holding, cause));
        }
    }

    /**
     * The held leg is connected again: {@code RetrievedEvent} in 2020; the current API documents no Retrieved
     * event, so its clients get {@code EstablishedEvent} (request type RetrieveCall) for the retrieving leg.
     */
    void retrieved(Leg retrieving, String cause) {
        for (Leg party : List.copyOf(retrieving.call().legs())) {
            publish(party, (ref, dialect) -> dialect == Dialect.CURRENT
                    ? current.established(ref, party, retrieving, cause)
                    : events2020.retrieved(ref, party, retrieving, cause));
        }
    }

    /** {@code TransferedEvent} (2020 form) to a party that stays in the call after an attended transfer. */
    void transferred(Leg subject, String transferringDevice, String transferredToDevice) {
        publish(subject, (ref, dialect) -> dialect == Dialect.CURRENT ? null
                : events2020.transferred(ref, subject, transferringDevice, transferredToDevice));
    }

    /** {@code DivertedEvent} to the party whose ringing leg was diverted to {@code newTarget}. */
    void diverted(Leg diverting, Call call, String newTarget, String originalTarget, String cause) {
        publish(diverting, (ref, dialect) -> current.diverted(ref, diverting, call, newTarget, originalTarget,
                cause));
    }

    /** An event about a device, queue or trunk that is no call event (DND, forwarding, queue members). */
    void aboutDevice(String device, MonitorRegistry.EventFactory event) {
        monitors.publishDevice(device, event);
    }

    void aboutQueue(String queue, MonitorRegistry.EventFactory event) {
        monitors.publishQueue(queue, event);
    }

    private void publish(Leg subject, MonitorRegistry.EventFactory event) {
        if (subject.isDevice()) {
            monitors.publishDevice(subject.party(), event);
        } else if (subject.isQueue()) {
            monitors.publishQueue(subject.party(), event);
        } else {
            monitors.publishTrunk(event);
        }
    }
}
