package org.camelcsta.client;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartsAndStopsTest {

    private final StartsAndStops inFlight = new StartsAndStops();

    @Test
    void onlyAStartAndAStopThatMayConcernOneMonitorWaitForEachOther() {
        assertTrue(inFlight.claimStop("u-12345678-121"));
        assertFalse(inFlight.claimStart("121"), "121's start may be given u-12345678-121");
        assertFalse(inFlight.claimStart("u-12345678-121"));
        assertTrue(inFlight.claimStart("122"));
        assertTrue(inFlight.claimStart("q-12345678-400"));
        assertTrue(inFlight.claimStart("1"), "the trunk");

        assertFalse(inFlight.claimStop("u-12345678-122"), "122's start is in flight");
        assertTrue(inFlight.claimStop("u-12345678-123"));
        assertTrue(inFlight.claimStop("122-1690000000"), "a 2020 id is new for every start");
    }

    @Test
    void aStopWaitsBehindAStartThatWaitsSoThatOverlappingStopsCannotHoldTheStartForEver() {
        assertTrue(inFlight.claimStop("u-12345678-121"));
        assertFalse(inFlight.claimStart("121"));
        assertFalse(inFlight.claimStop("q-12345678-121"), "behind the start that waits");

        inFlight.stopEnded("u-12345678-121");
        assertEquals(List.of("121"), inFlight.startsDue());
        assertTrue(inFlight.claimStart("121"));
        assertEquals(List.of("q-12345678-121"), inFlight.stopsDue());
        assertFalse(inFlight.claimStop("q-12345678-121"), "decided again: the start is in flight");
        inFlight.startEnded("121");
        assertEquals(List.of("q-12345678-121"), inFlight.stopsDue());
        assertTrue(inFlight.claimStop("q-12345678-121"));
    }

    @Test
    void theDevicesThatMayShareAnIdAreItAndTheNumberOfAUserOrQueue() {
        assertEquals(List.of("u-12345678-121", "121"), StartsAndStops.devicesSharing("u-12345678-121"));
        assertEquals(List.of("q-12345678-400", "400"), StartsAndStops.devicesSharing("q-12345678-400"));
        assertEquals(List.of("t-12345678"), StartsAndStops.devicesSharing("t-12345678"));
        assertEquals(List.of("121-1690000000"), StartsAndStops.devicesSharing("121-1690000000"));
        assertEquals(List.of("u-12345678-"), StartsAndStops.devicesSharing("u-12345678-"));
    }
}
