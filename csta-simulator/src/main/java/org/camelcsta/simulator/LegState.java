package org.camelcsta.simulator;

/** The state of one party's leg of a simulated call. */
public enum LegState {
    /**
     * The leg exists but is not yet connected. The simulator's flows do not stop here: with
     * {@code autoOriginate doNotPrompt} a caller's leg is connected at once, and with {@code prompt} it rings
     * ({@link #ALERTING}) until the caller answers.
     */
    INITIATED,
    /** The party's phone rings: an incoming call, or a caller's own phone for its {@code prompt} MakeCall. */
    ALERTING,
    /** The party talks (or, as the caller, hears the other side ring). */
    CONNECTED,
    /** The party put the call on hold (HoldCall, or ConsultationCall on the existing call). */
    HELD
}
