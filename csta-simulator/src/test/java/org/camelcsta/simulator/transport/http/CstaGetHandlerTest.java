package org.camelcsta.simulator.transport.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.camelcsta.protocol.LogText;
import org.camelcsta.protocol.codec.JsonCodec;
import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's GET handler answers every query it cannot read with a JSON CSTAErrorCode, never with silence. */
class CstaGetHandlerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static CstaSimulator sim;
    private final JsonCodec json = new JsonCodec();

    @BeforeAll
    static void start() {
        sim = CstaSimulator.builder().xmlPort(-1).socketIoPort(-1).httpPort(0).httpsPort(-1).controlPort(-1).build();
        sim.start();
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = { "MakeCall[0]=a", "MakeCall[]=a", "MakeCall[]=a&MakeCall[]=b", "MakeCall[0][x]=1" })
    void numberedCommandFieldsAreAnInvalidMessage(String query) throws Exception {
        GenericMessage error = answer(query, 200);
        assertEquals("invalidMessage", error.text("operation"), error.toString());
        assertTrue(error.text("details").contains("numbered"), error.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "[callingDevice]=1", "MakeCall[callingDevice=1", "MakeCall[a]=%F0%9F", "MakeCall[a]=%C3%28",
        "MakeCall[a]=1&MakeCall[a][b]=2", "MakeCall[a]=1&HoldCall[b]=2", "" })
    void otherBadQueriesAreAnInvalidMessageToo(String query) throws Exception {
        assertEquals("invalidMessage", answer(query, 200).text("operation"));
    }

    @Test
    void aQueryQuotingLongInputGetsABoundedAnswer() throws Exception {
        String longName = "n".repeat(3_000); // two of them still fit the HTTP request line
        GenericMessage error = answer(longName + "[a]=1&" + longName + "b[a]=1", 200);
        assertTrue(error.text("details").length() < 1_000, error.text("details").length() + " characters");
    }

    @Test
    void anHttpRequestThatCannotBeParsedIsABadRequestWithAJsonAnswer() throws Exception {
        GenericMessage error = answer("MakeCall[callingDevice]=" + "1".repeat(10_000), 400);
        assertEquals("invalidMessage", error.text("operation"), error.toString());
        assertTrue(error.text("details").contains("bad HTTP request"), error.toString());
    }

    private GenericMessage answer(String query, int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sim.httpPort() + "/csta/?" + query))
                .timeout(Duration.ofSeconds(5))
                .header("username", "test@mydomain.dk").header("pbxdomain", "69102200.pbx.one-connect.dk")
                .header("password", "bla.bla")
                .GET().build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(status, response.statusCode(), () -> LogText.cap(query));
        GenericMessage answer = json.decodeGeneric(response.body());
        assertEquals("CSTAErrorCode", answer.name(), answer.toString());
        return answer;
    }
}
