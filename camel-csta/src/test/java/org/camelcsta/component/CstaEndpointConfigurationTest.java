package org.camelcsta.component;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelcsta.client.SessionSettings;
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

    private void assertRouteFails(String uri, String words) {
        RuntimeCamelException e = assertThrows(RuntimeCamelException.class, () -> context.addRoutes(
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(uri).to("mock:never");
                    }
                }));
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains(words), cause.getMessage());
    }
}
