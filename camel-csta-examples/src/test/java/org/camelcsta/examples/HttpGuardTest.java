package org.camelcsta.examples;

import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard's rules, one request at a time: what passes and what is refused, and why. */
class HttpGuardTest {

    private static final String TOKEN = "s3cret-T0ken";

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void close() {
        context.stop();
    }

    @Test
    void listeningBeyondLoopbackWithoutATokenIsRefusedAtStart() {
        for (String host : new String[] { "0.0.0.0", "" }) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> guard(Map.of("camel.server.host", host)));
            assertTrue(refused.getMessage().contains("examples.http.token"), refused.getMessage());
        }
        guard(Map.of("camel.server.host", "0.0.0.0", "examples.http.token", TOKEN));
        guard(Map.of("camel.server.host", "localhost"));
    }

    @Test
    void withoutATokenOnlyLoopbackNamesPass() throws Exception {
        HttpGuard guard = guard(Map.of("camel.server.host", "127.0.0.1"));
        for (String host : new String[] { "127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.0.0.2" }) {
            assertPasses(guard, Map.of("Host", host));
        }
        // a page whose name was re-pointed at 127.0.0.1 (DNS rebinding) names its own host
        for (String host : new String[] { "attacker.example:8080", "127.0.0.1.attacker.example", "0.0.0.0:8080" }) {
            assertRefused(guard, 403, Map.of("Host", host));
        }
        assertRefused(guard, 403, Map.of());
    }

    @Test
    void aBrowsersCrossSiteRequestIsRefused() throws Exception {
        HttpGuard guard = guard(Map.of("camel.server.host", "127.0.0.1"));
        assertPasses(guard, Map.of("Host", "127.0.0.1:8080", "Origin", "http://127.0.0.1:8080",
                "Sec-Fetch-Site", "same-origin"));
        assertPasses(guard, Map.of("Host", "127.0.0.1:8080", "Sec-Fetch-Site", "none"));
        assertRefused(guard, 403, Map.of("Host", "127.0.0.1:8080", "Origin", "http://attacker.example"));
        assertRefused(guard, 403, Map.of("Host", "127.0.0.1:8080", "Origin", "null"));
        assertRefused(guard, 403, Map.of("Host", "127.0.0.1:8080", "Sec-Fetch-Site", "cross-site"));
        assertRefused(guard, 403, Map.of("Host", "127.0.0.1:8080", "Sec-Fetch-Site", "same-site"));
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        HttpGuard guard = guard(Map.of("camel.server.host", "0.0.0.0", "examples.http.token", TOKEN));
        Exchange passed = assertPasses(guard, Map.of("Host", "pbx-gateway.internal:8080",
                "Authorization", "Bearer " + TOKEN));
        assertNull(passed.getMessage().getHeader("Authorization"), "the credential does not travel on");
        assertPasses(guard, Map.of("Host", "pbx-gateway.internal", "Authorization", "bearer " + TOKEN));

        Exchange missing = assertRefused(guard, 401, Map.of("Host", "pbx-gateway.internal"));
        assertEquals("Bearer", missing.getMessage().getHeader("WWW-Authenticate"));
        assertRefused(guard, 401, Map.of("Host", "h", "Authorization", "Bearer " + TOKEN + "x"));
        assertRefused(guard, 401, Map.of("Host", "h", "Authorization", "Bearer " + TOKEN.substring(1)));
        assertRefused(guard, 401, Map.of("Host", "h", "Authorization", "Basic " + TOKEN));
        assertRefused(guard, 401, Map.of("Host", "h", "Authorization", TOKEN));
        // the token does not make a cross-site request acceptable
        assertRefused(guard, 403, Map.of("Host", "h", "Authorization", "Bearer " + TOKEN, "Sec-Fetch-Site", "cross-site"));
    }

    private HttpGuard guard(Map<String, String> properties) {
        Properties initial = new Properties();
        initial.putAll(properties);
        context.getPropertiesComponent().setInitialProperties(initial);
        return HttpGuard.of(new ExamplesSettings(context));
    }

    private Exchange assertPasses(HttpGuard guard, Map<String, String> headers) throws Exception {
        Exchange exchange = request(headers);
        guard.process(exchange);
        assertFalse(exchange.isRouteStop(), headers + " -> " + exchange.getMessage().getBody());
        return exchange;
    }

    private Exchange assertRefused(HttpGuard guard, int status, Map<String, String> headers) throws Exception {
        Exchange exchange = request(headers);
        guard.process(exchange);
        assertTrue(exchange.isRouteStop(), headers + " passed");
        assertEquals(status, exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE), headers.toString());
        assertTrue(exchange.getMessage().getBody(String.class).startsWith("{\"error\":"));
        return exchange;
    }

    private Exchange request(Map<String, String> headers) {
        Exchange exchange = new DefaultExchange(context);
        headers.forEach(exchange.getMessage()::setHeader);
        exchange.getMessage().setBody("{}");
        return exchange;
    }
}
