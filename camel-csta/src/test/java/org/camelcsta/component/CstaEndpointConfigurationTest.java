package org.camelcsta.component;

import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.SessionSettings;
import org.camelcsta.client.SnapshotMode;
import org.camelcsta.client.TransportType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options reach the endpoint from the component, from properties and from the URI, without a server. */
class CstaEndpointConfigurationTest extends CamelTestSupport {

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("camel.component.csta.host", "pbx.example");
        properties.put("camel.component.csta.username", "test@mydomain");
        properties.put("camel.component.csta.password", "s3cret-pw");
        properties.put("camel.component.csta.pbxDomain", "12345678.pbx.one-connect.dk");
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CstaComponent csta = context.getComponent("csta", CstaComponent.class);
        csta.getConfiguration().setHost("pbx.example");
        csta.getConfiguration().setUsername("test@mydomain");
        csta.getConfiguration().setPassword("s3cret-pw");
        csta.getConfiguration().setPbxDomain("12345678.pbx.one-connect.dk");
        return context;
    }

    @Test
    void endpointsTakeTheComponentsSettingsAndOverrideThem() {
        CstaEndpoint endpoint = context.getEndpoint(
                "csta:makeCall?transport=socketio&requestTimeout=2s&sessionDuration=60&callingDevice=123", CstaEndpoint.class);
        SessionSettings settings = endpoint.sessionSettings();
        assertEquals(TransportType.SOCKETIO, settings.transport());
        assertEquals("pbx.example", settings.host());
        assertEquals(7003, settings.effectivePort());
        assertEquals("test@mydomain", settings.username());
        assertEquals(60, settings.sessionDuration());
        assertEquals(2000, endpoint.getConfiguration().getRequestTimeout());
        assertEquals("123", endpoint.getCallingDevice());
        assertEquals("xml", context.getComponent("csta", CstaComponent.class).getConfiguration().getTransport(),
                "the endpoint's own options do not change the component's");
    }

    @Test
    void thePasswordStaysOutOfUrisAndSettings() {
        CstaEndpoint endpoint = context.getEndpoint("csta:makeCall?callingDevice=123", CstaEndpoint.class);
        assertFalse(endpoint.getEndpointUri().contains("s3cret-pw"));
        assertFalse(endpoint.toString().contains("s3cret-pw"));
        assertFalse(endpoint.sessionSettings().toString().contains("s3cret-pw"));
        CstaEndpoint inUri = context.getEndpoint("csta:snapshotDevice?password=RAW(other-pw)", CstaEndpoint.class);
        assertEquals("other-pw", inUri.getConfiguration().getPassword());
        assertFalse(inUri.toString().contains("other-pw"), inUri.toString());
    }

    @Test
    void refusesUnknownTransports() {
        CstaEndpoint endpoint = context.getEndpoint("csta:makeCall?transport=carrier-pigeon", CstaEndpoint.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, endpoint::sessionSettings);
        assertTrue(e.getMessage().contains("carrier-pigeon"), e.getMessage());
    }

    @Test
    void refusesToSendFromTheMonitorEndpoint() {
        CstaEndpoint endpoint = context.getEndpoint("csta:monitor?devices=123", CstaEndpoint.class);
        assertThrows(IllegalArgumentException.class, endpoint::createProducer);
    }

    @Test
    void refusesAConsumerWithoutEventsOrDevices() {
        assertRouteFails("csta:monitor?devices=123&transport=http", "events");
        assertRouteFails("csta:monitor", "devices");
        assertRouteFails("csta:makeCall", "only csta:monitor receives events");
    }

    @Test
    void monitorsADeviceNamedTwiceOnce() {
        CstaEndpoint endpoint = context.getEndpoint("csta:monitor?devices=123, 124,123", CstaEndpoint.class);
        assertEquals(List.of("123", "124"), endpoint.deviceList());
    }

    @Test
    void refusesEmptyNamesWhenTheEndpointIsCreated() {
        for (String uri : new String[] { "csta:monitor?devices=123,,124", "csta:monitor?devices=123,",
                                         "csta:monitor?devices=123&eventTypes=DeliveredEvent,,EstablishedEvent" }) {
            Exception e = assertThrows(Exception.class, () -> context.getEndpoint(uri), uri);
            assertTrue(rootCause(e).getMessage().contains("has an empty name"), rootCause(e).getMessage());
        }
    }

    @Test
    void refusesAnUnknownSnapshotMode() {
        Exception e = assertThrows(Exception.class, () -> context.getEndpoint("csta:monitor?devices=1&monitorSnapshot=sometimes"));
        assertTrue(rootCause(e).getMessage().contains("never, afterReconnect, always"), rootCause(e).getMessage());
    }

    @Test
    void theEventTypesFilterKeepsTheSnapshotsAskedFor() {
        assertEquals(SnapshotMode.NEVER,
                context.getEndpoint("csta:monitor?devices=1", CstaEndpoint.class).snapshotMode());
        CstaEndpoint filtered = context.getEndpoint("csta:monitor?devices=1&eventTypes=DeliveredEvent&monitorSnapshot=afterReconnect",
                CstaEndpoint.class);
        assertEquals(SnapshotMode.AFTER_RECONNECT, filtered.snapshotMode());
        assertEquals(Set.of("DeliveredEvent", "MonitorSnapshot"), filtered.eventTypeSet());
        assertEquals(Set.of(), context.getEndpoint("csta:monitor?devices=1&monitorSnapshot=always",
                CstaEndpoint.class).eventTypeSet(), "no filter: everything, snapshots included");
        assertEquals(Set.of("DeliveredEvent"),
                context.getEndpoint("csta:monitor?devices=1&eventTypes=DeliveredEvent", CstaEndpoint.class).eventTypeSet());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void assertRouteFails(String uri, String words) {
        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, () -> context.addRoutes(
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri).to("mock:never");
                    }
                }));
        assertTrue(rootCause(e).getMessage().contains(words), rootCause(e).getMessage());
    }
}
