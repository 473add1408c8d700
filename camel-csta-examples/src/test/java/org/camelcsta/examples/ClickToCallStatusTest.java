package org.camelcsta.examples;

import org.camelcsta.client.CstaErrorException;
import org.camelcsta.protocol.model.CstaErrorCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HTTP status of each category of the PBX's errors: the caller's mistakes 4xx, the application's trouble 5xx. */
class ClickToCallStatusTest {

    @Test
    void statusByCategory() {
        assertEquals(422, status("operation", "invalidDeviceID"));
        assertEquals(422, status("privateData", "invalidPrivateData"));
        assertEquals(409, status("stateIncompatibility", "invalidCallState"));
        assertEquals(503, status("systemResourceAvailability", "resourceBusy"));
        assertEquals(503, status("subscribedResourceAvailability", "objectMonitorLimitExceeded"));
        assertEquals(503, status("performanceManagement", "performanceLimitExceeded"));
        assertEquals(502, status("security", "securityInfoViolated"));
        assertEquals(502, status("unspecified", "unspecified"));
    }

    private static int status(String category, String value) {
        return ClickToCallRoute.statusOf(new CstaErrorException("MakeCall", new CstaErrorCode(category, value, null)));
    }
}
