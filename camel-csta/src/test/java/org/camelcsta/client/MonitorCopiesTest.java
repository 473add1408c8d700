package org.camelcsta.client;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.camelcsta.protocol.model.GenericMessage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitorCopiesTest {

    private static final String USER = "u-12345678-200";

    private final MonitorCopies copies = new MonitorCopies();

    @Test
    void whileTwoMonitorsBringAnIdTheSecondOfTwoEqualEventsInARowIsACopy() {
        assertFalse(copies.isCopy(USER, event("newCall"), true));
        assertFalse(copies.isCopy("u-12345678-201", event("newCall"), true), "another id has its own last event");
        assertTrue(copies.isCopy(USER, event("newCall"), true));
        assertFalse(copies.isCopy(USER, event("newCall"), true), "the event after a copy is new");
        assertTrue(copies.isCopy(USER, event("newCall"), true));
        assertFalse(copies.isCopy(USER, event("normal"), true));
    }

    @Test
    void withOneMonitorEveryEventCounts() {
        assertFalse(copies.isCopy(USER, event("newCall"), false));
        assertFalse(copies.isCopy(USER, event("newCall"), false));
        assertFalse(copies.isCopy(USER, event("newCall"), true), "the second monitor began after the last event");
        assertFalse(copies.isCopy(USER, event("newCall"), false), "and the last event is forgotten when one stops");
        assertFalse(copies.isCopy(USER, event("newCall"), true));
    }

    private static GenericMessage event(String cause) {
        return new GenericMessage("DeliveredEvent", JsonNodeFactory.instance.objectNode()
                .put("monitorCrossRefID", USER).put("cause", cause));
    }
}
