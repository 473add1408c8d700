package org.camelcsta.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example as a user drives it: a click-to-call, then its events in the call log; health UP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "examples.simulator.control-port=-1")
class CstaSpringBootExampleTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    private int port;

    @Test
    void aClickToCallShowsInTheCallLog() throws Exception {
        HttpResponse<String> placed = send(HttpRequest.newBuilder(uri("/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"150\", \"to\": \"151\"}")));
        assertEquals(200, placed.statusCode(), placed.body());
        assertTrue(placed.body().startsWith("{\"callId\":\""), placed.body());

        await().until(() -> send(HttpRequest.newBuilder(uri("/calls"))).body().contains("\"event\":\"DeliveredEvent\""));
        await().until(() -> send(HttpRequest.newBuilder(uri("/actuator/health"))).body().startsWith("{\"status\":\"UP\""));

        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\": \"999999\", \"to\": \"151\"}")));
        assertEquals(422, refused.statusCode(), refused.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
