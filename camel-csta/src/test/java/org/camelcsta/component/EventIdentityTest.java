package org.camelcsta.component;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventIdentityTest {

    private final XmlCodec xml = new XmlCodec();
    private final JsonCodec json = new JsonCodec();
    private final MessageBinder binder = MessageBinder.standard();

    @Test
    void sessionsThatReceiveOneEventUnderTheirOwnMonitorsAgreeOnItsId() {
        String one = idOf(delivered("200-1444294019863", "SIP/hpbx-00000007", "newCall", "r-1", "conn-a"), "200");
        String other = idOf(delivered("200-1444294020117", "SIP/hpbx-00000007", "newCall", null, "conn-b"), "200");

        assertEquals(one, other);
        assertTrue(one.matches("[0-9a-f]{32}"), one);
    }

    @Test
    void copiesStampedInTwoSecondsHaveOneId() {
        String established = "{\"EstablishedEvent\":{\"monitorCrossRefID\":\"u-12345678-200\",\"establishedConnection\":"
                             + "{\"callID\":\"SIP/1\",\"deviceID\":\"200\"},\"privateData\":{\"localStatus\":\"Active\","
                             + "\"timestamp\":\"2026-11-30 17:26:59Z\"}}}";

        assertEquals(idOf(established, "200"), idOf(established.replace("17:26:59Z", "17:27:00Z"), "200"));
    }

    @Test
    void theXmlAndTheJsonFormOfOneEventHaveOneId() {
        CstaEvent fromXml = (CstaEvent) xml.decode(("<ConnectionClearedEvent><monitorCrossRefID>m1</monitorCrossRefID>"
                + "<droppedConnection><callID>SIP/9</callID><deviceID>200</deviceID></droppedConnection>"
                + "<releasingDevice><deviceIdentifier>200</deviceIdentifier></releasingDevice>"
                + "<cause>normalClearing</cause></ConnectionClearedEvent>").getBytes(StandardCharsets.UTF_8));
        CstaEvent fromJson = (CstaEvent) binder.bind(json.decodeGeneric("{\"ConnectionClearedEvent\":{"
                + "\"monitorCrossRefID\":\"m2\",\"droppedConnection\":{\"callID\":\"SIP/9\",\"deviceId\":[200]},"
                + "\"releasingDevice\":{\"deviceIdentifier\":200},\"cause\":\"normalClearing\"}}"));

        assertEquals(EventIdentity.of(fromXml, "200"), EventIdentity.of(fromJson, "200"));
    }

    @Test
    void eventsThatSayDifferentThingsHaveDifferentIds() {
        String delivered = idOf(delivered("m", "SIP/1", "newCall", null, null), "200");

        assertNotEquals(delivered, idOf(delivered("m", "SIP/2", "newCall", null, null), "200"), "another leg");
        assertNotEquals(delivered, idOf(delivered("m", "SIP/1", "redirected", null, null), "200"), "another cause");
        assertNotEquals(delivered, idOf(delivered("m", "SIP/1", "newCall", null, null), "201"), "another monitor");
        assertNotEquals(delivered, idOf(delivered("m", "SIP/1", "newCall", null, null)
                .replace("Alerting", "Ringing"), "200"), "another state");
        assertNotEquals(delivered, idOf(delivered("m", "SIP/1", "newCall", null, null)
                .replace("DeliveredEvent", "EstablishedEvent").replace("\"connection\"", "\"establishedConnection\""),
                "200"), "another event");
    }

    @Test
    void twoEqualEventsOfOneLegCannotBeToldApart() {
        String held = "{\"HeldEvent\":{\"monitorCrossRefID\":\"m\",\"heldConnection\":{\"callID\":\"SIP/1\","
                      + "\"deviceID\":\"200\"},\"holdingDevice\":{\"deviceIdentifier\":\"200\"},"
                      + "\"localConnectionInfo\":\"held\"}}";

        assertEquals(idOf(held, "200"), idOf(held, "200"));
    }

    @Test
    void eachSessionsSnapshotHasAnIdOfItsOwn() {
        MonitorSnapshot one = new MonitorSnapshot("200", "200-1", true, List.of(), null);
        MonitorSnapshot other = new MonitorSnapshot("200", "200-2", true, List.of(), null);

        assertNotEquals(EventIdentity.of(one, "200"), EventIdentity.of(other, "200"));
    }

    /** Instances of different versions must agree: these ids were computed by the first version of the id. */
    @Test
    void theIdOfAnEventStaysWhatItWas() {
        CstaEvent delivered = (CstaEvent) xml.decode(("<DeliveredEvent xmlns=\"http://www.ecma-international.org/standards/"
                + "ecma-323/csta/ed3\"><monitorCrossRefID>42</monitorCrossRefID><connection><callID>SIP/hpbx-12345</callID>"
                + "<deviceID>100</deviceID></connection><alertingDevice><deviceIdentifier>100</deviceIdentifier>"
                + "</alertingDevice><callingDevice><deviceIdentifier>22334455</deviceIdentifier></callingDevice>"
                + "<calledDevice><deviceIdentifier>100</deviceIdentifier></calledDevice><lastRedirectionDevice>"
                + "<deviceIdentifier/></lastRedirectionDevice><localConnectionInfo>alerting</localConnectionInfo>"
                + "<cause>newCall</cause><networkCallingDevice><deviceIdentifier>22334455</deviceIdentifier>"
                + "</networkCallingDevice><callLinkageData><globalCallData><globalCallLinkageId>bench-linkage"
                + "</globalCallLinkageId></globalCallData></callLinkageData><privateData><callerName>Al\u00e9 \"x\" \\ \t "
                + "&lt;b&gt; \uD83D\uDE00</callerName><localStatus>Alerting</localStatus><requestID>r1</requestID>"
                + "<connectionId>c9</connectionId><callDirection>inbound</callDirection></privateData></DeliveredEvent>")
                .getBytes(StandardCharsets.UTF_8));
        String unmodelled = "{\"OddEvent\":{\"monitorCrossRefID\":\"m\",\"list\":[1,null,{\"z\":null,\"y\":[true]}],"
                            + "\"one\":[null],\"nil\":null,\"n\":1.50,\"ctl\":\"a\\u0001b\\ud800c\",\"privateData\":"
                            + "{\"connectionId\":\"x\",\"requestID\":\"y\",\"keep\":[\"k\"]},"
                            + "\"nested\":{\"privateData\":{\"requestID\":\"stay\"}}}}";

        assertEquals("9b8a4785b74e45c46c658f57c6c2a922", EventIdentity.of(delivered, "100"));
        assertEquals("d1687bdc2712c417f2a6b06c8cb36de7", EventIdentity.of(delivered, null));
        assertEquals("f00501186f9ddccb90a9f83cf73637f3", idOf(unmodelled, "200"));
        assertEquals("9b471c093d64f167f7087608966aaa9e",
                EventIdentity.of(new MonitorSnapshot("200", "200-1", true, List.of(), null), "200"));
        // a record's privateData with entries of its own: its properties and its entries sorted together
        assertEquals("6a2c045b49901df5e0956b4667a66067", idOf("{\"HeldEvent\":{\"monitorCrossRefID\":\"m\",\"heldConnection\":"
                + "{\"callID\":\"SIP/1\",\"deviceID\":\"200\"},\"privateData\":{\"localStatus\":\"Held\",\"QueueName\":\"q\","
                + "\"zone\":{\"b\":[1],\"a\":null},\"callerName\":\"Alice\",\"connectionId\":\"c\"}}}", "200"));
    }

    private String idOf(String eventJson, String monitoredDevice) {
        return EventIdentity.of((CstaEvent) binder.bind(json.decodeGeneric(eventJson)), monitoredDevice);
    }

    private static String delivered(String crossRef, String callId, String cause, String requestId, String connectionId) {
        return "{\"DeliveredEvent\":{\"monitorCrossRefID\":\"" + crossRef + "\",\"connection\":{\"callID\":\"" + callId
               + "\",\"deviceID\":\"200\"},\"alertingDevice\":{\"deviceIdentifier\":\"200\"},"
               + "\"callingDevice\":{\"deviceIdentifier\":\"55501234\"},\"localConnectionInfo\":\"alerting\","
               + "\"cause\":\"" + cause + "\",\"privateData\":{\"localStatus\":\"Alerting\",\"callerName\":\"Alice\""
               + (requestId != null ? ",\"requestID\":\"" + requestId + "\"" : "")
               + (connectionId != null ? ",\"connectionId\":\"" + connectionId + "\"" : "") + "}}}";
    }
}
