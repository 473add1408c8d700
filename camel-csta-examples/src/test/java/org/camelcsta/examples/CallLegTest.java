package org.camelcsta.examples;

import java.time.Instant;

import org.camelcsta.protocol.model.CallLinkageData;
import org.camelcsta.protocol.model.ConnectionClearedEvent;
import org.camelcsta.protocol.model.ConnectionId;
import org.camelcsta.protocol.model.DeliveredEvent;
import org.camelcsta.protocol.model.DeviceIdentifier;
import org.camelcsta.protocol.model.EstablishedEvent;
import org.camelcsta.protocol.model.PrivateData;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How one leg's events become its call log line. */
class CallLegTest {

    private static final String LEG = "SIP/hpbx-00000042";
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aCallPickedUpAtAnotherDeviceEndsAsPickedUp() {
        CallLeg leg = new CallLeg(LEG);
        leg.add(delivered("106"), T0);
        leg.add(cleared("106", "pickup"), T0.plusMillis(2500));
        CallLogEntry entry = leg.toEntry(T0.plusSeconds(60));
        assertEquals("pickedUp", entry.outcome());
        assertEquals(2500L, entry.durationMillis());
        assertEquals(0L, entry.talkMillis());
        assertNull(entry.answer());
    }

    @Test
    void theFirstAnswerCountsAndTheTalkTimeRunsToTheEnd() {
        CallLeg leg = new CallLeg(LEG);
        leg.add(delivered("106"), T0);
        leg.add(established("106"), T0.plusMillis(1000));
        leg.add(established("106"), T0.plusMillis(5000)); // e.g. retrieved from hold: not a new answer
        leg.add(cleared("55501234", "normalClearing"), T0.plusMillis(9000));
        CallLogEntry entry = leg.toEntry(T0.plusSeconds(60));
        assertEquals("completed", entry.outcome());
        assertEquals("2025-03-01T10:00:01Z", entry.answer());
        assertEquals(9000L, entry.durationMillis());
        assertEquals(8000L, entry.talkMillis());
        assertEquals("55501234", entry.releasedBy());
        assertEquals("inbound", entry.direction());
        assertEquals("Erik", entry.callerName());
        assertEquals("g-1", entry.globalCallId());
    }

    @Test
    void aLegFirstSeenWhenItEndsStillGetsItsLine() {
        CallLeg leg = new CallLeg(LEG);
        leg.add(cleared("106", "normalClearing"), T0);
        CallLogEntry entry = leg.toEntry(T0.plusSeconds(60));
        assertEquals("unanswered", entry.outcome());
        assertEquals("106", entry.device());
        assertEquals(0L, entry.durationMillis());
    }

    @Test
    void anOpenLegIsUnfinishedUpToNow() {
        CallLeg leg = new CallLeg(LEG);
        leg.add(delivered("106"), T0);
        leg.add(established("106"), T0.plusMillis(1000));
        CallLogEntry entry = leg.toEntry(T0.plusMillis(4000));
        assertEquals("unfinished", entry.outcome());
        assertNull(entry.end());
        assertEquals(4000L, entry.durationMillis());
        assertEquals(3000L, entry.talkMillis());
    }

    @Test
    void aLegASnapshotNoLongerHasEndedUnseenAtTheSnapshot() {
        CallLeg leg = new CallLeg(LEG);
        leg.add(delivered("106"), T0);
        leg.add(established("106"), T0.plusMillis(1000));
        leg.endedUnseen(T0.plusMillis(30_000));
        CallLogEntry entry = leg.toEntry(T0.plusSeconds(60));
        assertEquals(true, leg.ended());
        assertEquals("endedUnseen", entry.outcome());
        assertEquals("2025-03-01T10:00:30Z", entry.end());
        assertEquals(29_000L, entry.talkMillis());
        assertNull(entry.cause());
    }

    private static DeliveredEvent delivered(String device) {
        return new DeliveredEvent("m", new ConnectionId(LEG, device), id(device), id("55501234"), id(device), null,
                "alerting", "newCall", null, null, null, CallLinkageData.of("g-1"), privateData());
    }

    private static EstablishedEvent established(String device) {
        return new EstablishedEvent("m", new ConnectionId(LEG, device), id(device), id("55501234"), id(device), null,
                "connected", "normal", null, null, null, CallLinkageData.of("g-1"), privateData());
    }

    private static ConnectionClearedEvent cleared(String releasing, String cause) {
        return new ConnectionClearedEvent("m", new ConnectionId(LEG, "106"), id(releasing), "null", cause,
                CallLinkageData.of("g-1"), null);
    }

    private static PrivateData privateData() {
        return new PrivateData(null, "Erik", "Alerting", "inbound", "55501234", null);
    }

    private static DeviceIdentifier id(String device) {
        return new DeviceIdentifier(device);
    }
}
