package org.camelcsta.itests;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.protocol.model.SnapshotDeviceResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS against the simulator's self-signed certificate: refused with a clear error without trust settings,
 * accepted with a trust store given through sslContextParameters.
 */
class HttpsTrustTest extends SimulatorTestSupport {

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().httpsPort(0);
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport("https");
        configuration.setHost("localhost");
        configuration.setPort(simulator.httpsPort());
    }

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        context.getRegistry().bind("trustSimulator", SimulatorTrustStore.trusting(simulator));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:untrusted").to("csta:snapshotDevice?snapshotObject=100");
                // the seed's second user, so that this endpoint has a session of its own
                from("direct:trusted").to("csta:snapshotDevice?snapshotObject=100&username=test@mydomain.dk"
                                          + "&pbxDomain=69102200.pbx.one-connect.dk&sslContextParameters=#trustSimulator");
                // the certificate names localhost, not 127.0.0.1
                from("direct:otherName").to("csta:snapshotDevice?snapshotObject=100&host=127.0.0.1"
                                            + "&sslContextParameters=#trustSimulator");
                from("direct:otherNameUnverified").to("csta:snapshotDevice?snapshotObject=100&host=127.0.0.1"
                                                      + "&username=test@mydomain.dk&pbxDomain=69102200.pbx.one-connect.dk"
                                                      + "&sslContextParameters=#trustSimulator&verifyHostname=false");
            }
        };
    }

    @Test
    void anUntrustedCertificateIsAClearError() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:untrusted", (Object) null));
        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, e.getCause());
        assertTrue(error.getMessage().contains("certification path") || error.getMessage().contains("PKIX"),
                error.getMessage());
    }

    @Test
    void theCertificateMustNameTheHostUnlessVerificationIsOff() throws Exception {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:otherName", (Object) null));
        CstaConnectionException error = assertInstanceOf(CstaConnectionException.class, e.getCause());
        assertTrue(error.getMessage().contains("127.0.0.1"), error.getMessage());
        assertInstanceOf(SnapshotDeviceResponse.class, template.requestBody("direct:otherNameUnverified", (Object) null));
    }

    @Test
    void aTrustStoreGivenThroughSslContextParametersIsTrusted() {
        simulator.incomingCall("55501234", "100");
        SnapshotDeviceResponse response = template.requestBody("direct:trusted", null, SnapshotDeviceResponse.class);
        assertTrue(!response.connections().isEmpty());
    }
}
