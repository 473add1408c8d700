package org.camelcsta.simulator;

/** The state of one party's leg of a simulated call. */
public enum LegState {
    /**
     * The leg exists but is not yet connected. The simulator's flows do not stop here: with
     * {@code autoOriginate doNotPrompt} (the only mode the provider documents) a caller's leg is connected at once.
     */
    INITIATED,
    /** The party's phone rings. */
    ALERTING,
    /** The party talks (or, as the caller, hears the other side ring). */
    CONNECTED,
    /** The party put the call on hold (HoldCall, or ConsultationCall on the existing call). */
    HELD
}
