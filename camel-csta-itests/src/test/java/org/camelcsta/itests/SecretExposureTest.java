package org.camelcsta.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.support.PluginHelper;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The password, read from a file outside the application (as a mounted secret is), is used for the login and shown
 * nowhere: not in an exception message or its causes, not in the health check's message or details, not in an
 * endpoint's URI or text, not in a route dump (which shows the placeholder). ({@link LogSecrecyTest} searches every log line.)
 */
class SecretExposureTest extends SimulatorTestSupport {

    private static final String SECRET = "Fi1e-S3cret-QZX";
    private static final String WRONG_SECRET = "Wr0ng-Fi1e-QZX";

    @TempDir
    static Path secrets;

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().user("secret@mydomain", SECRET, DOMAIN).user("other@mydomain", SECRET, DOMAIN);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        Path file = secrets.resolve("csta.properties");
        Files.writeString(file, "csta.password=" + SECRET + "\ncsta.wrong-password=" + WRONG_SECRET + "\n");
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addLocation("file:" + file);
        // as Camel Main does with camel.component.csta.password = {{csta.password}}
        context.getComponent("csta", org.camelcsta.component.CstaComponent.class).getConfiguration()
                .setPassword(context.resolvePropertyPlaceholders("{{csta.password}}"));
        return context;
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setUsername("secret@mydomain");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("call").to("csta:makeCall?callingDevice=161&calledDirectoryNumber=160");
                from("direct:wrong").routeId("wrong").to("csta:makeCall?username=other@mydomain"
                        + "&password={{csta.wrong-password}}&callingDevice=162&calledDirectoryNumber=160");
            }
        };
    }

    @Test
    void thePasswordFromAFileLogsIn() {
        assertNotNull(template.requestBody("direct:call", (Object) null));
    }

    @Test
    void aRefusedLoginsErrorsDoNotShowThePassword() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("direct:wrong", (Object) null));
        for (String message : messages(e)) {
            assertFalse(message.contains(WRONG_SECRET) || message.contains(SECRET), message);
        }
    }

    @Test
    void theHealthCheckDoesNotShowThePassword() {
        assertThrows(CamelExecutionException.class, () -> template.requestBody("direct:wrong", (Object) null));
        template.requestBody("direct:call", (Object) null);
        await().until(() -> sessionChecks().stream().anyMatch(r -> r.getState() == HealthCheck.State.DOWN));
        List<HealthCheck.Result> results = sessionChecks();
        assertFalse(results.isEmpty());
        for (HealthCheck.Result result : results) {
            String shown = result.getCheck().getId() + " " + result.getMessage().orElse("") + " " + result.getDetails()
                    + " " + messages(result.getError().orElse(null));
            assertFalse(shown.contains(WRONG_SECRET) || shown.contains(SECRET), shown);
        }
    }

    @Test
    void endpointsAndRouteDumpsDoNotShowThePassword() throws Exception {
        for (Endpoint endpoint : context.getEndpoints()) {
            // a password set on the component is in no endpoint URI at all
            String uri = endpoint.getEndpointUri() + " " + endpoint.getEndpointBaseUri() + " " + endpoint;
            assertFalse(uri.contains(SECRET), uri);
            // one given as an endpoint option is masked wherever Camel shows the endpoint (getEndpointUri() itself
            // keeps it: hence docs/security.md's advice to set it on the component)
            assertFalse(endpoint.toString().contains(WRONG_SECRET), endpoint.toString());
        }
        for (var route : context.getRoutes()) {
            assertFalse(route.getEndpoint().toString().contains(SECRET));
        }
        String dump = PluginHelper.getModelToXMLDumper(context).dumpModelAsXml(context,
                ((ModelCamelContext) context).getRouteDefinition("wrong"));
        assertTrue(dump.contains("{{csta.wrong-password}}"), "the dump shows the placeholder: " + dump);
        assertFalse(dump.contains(WRONG_SECRET), dump);
        String configuration = context.getComponent("csta").toString() + " "
                + Map.of("sessions", context.getComponent("csta", org.camelcsta.component.CstaComponent.class)
                        .getSessions());
        assertFalse(configuration.contains(SECRET), configuration);
    }

    private List<HealthCheck.Result> sessionChecks() {
        return HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().startsWith("csta-producer:")).toList();
    }

    /** The producers' checks are listed only where enabled, as Camel Main and Spring Boot do with producersEnabled. */
    @Override
    protected void doPostSetup() throws Exception {
        HealthCheckRegistry.get(context).setExposureLevel("full");
        HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class)
                .setEnabled(true);
        super.doPostSetup();
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(cause + " " + List.of(cause.getSuppressed()));
        }
        return messages;
    }
}
