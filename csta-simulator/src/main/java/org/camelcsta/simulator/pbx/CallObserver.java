package org.camelcsta.simulator.pbx;

import java.util.List;

/** A feature that reacts to the steps of {@link CallLifecycle} (forwarding, queues). Runs on the PBX thread. */
interface CallObserver {

    /** A leg started ringing, and every party has heard of it. */
    default void ringing(Leg leg) {
    }

    /** A leg answered; {@code stoppedRinging} are the legs that rang with it and left the call (a queue's). */
    default void answered(Leg leg, List<Leg> stoppedRinging) {
    }

    /** The call ended for every party. */
    default void ended(Call call) {
    }
}
