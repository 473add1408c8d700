package org.camelcsta.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.CstaRequest;
import org.camelcsta.protocol.model.MessageTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encode then decode gives an equal message, for every message type and every format. */
class RoundTripTest {

    private final XmlCodec xml = new XmlCodec();
    private final JsonCodec json = new JsonCodec();
    private final QueryCodec query = new QueryCodec();

    static Stream<CstaMessage> allMessages() {
        return Stream.concat(SampleMessages.requests().stream(), SampleMessages.responsesAndEvents().stream());
    }

    static List<CstaRequest> requests() {
        return SampleMessages.requests();
    }

    @Test
    void samplesCoverEveryMessageType() {
        Set<Class<?>> covered = new HashSet<>();
        allMessages().forEach(message -> covered.add(message.getClass()));
        for (Class<?> type : MessageTypes.types()) {
            assertTrue(covered.contains(type), "no round-trip sample for " + type.getSimpleName());
        }
    }

    @ParameterizedTest(name = "XML {0}")
    @MethodSource("allMessages")
    void xml(CstaMessage message) {
        byte[] encoded = xml.encode(message);
        assertEquals(message, xml.decode(encoded), new String(encoded, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "JSON {0}")
    @MethodSource("allMessages")
    void json(CstaMessage message) {
        String encoded = json.encode(message);
        assertEquals(message, json.decode(encoded), encoded);
        assertEquals(message, json.decode(encoded.getBytes(StandardCharsets.UTF_8)), encoded);
    }

    @ParameterizedTest(name = "query {0}")
    @MethodSource("requests")
    void query(CstaRequest request) {
        String encoded = query.encode(request);
        assertEquals(request, query.decode(encoded), encoded);
    }

    @Test
    void nonAsciiTextSurvivesEveryFormat() {
        String xmlText = new String(xml.encode(SampleMessages.responsesAndEvents().get(10)), StandardCharsets.UTF_8);
        assertTrue(xmlText.contains(SampleMessages.NAME), xmlText);
        assertTrue(json.encode(SampleMessages.responsesAndEvents().get(10)).contains(SampleMessages.NAME));
        assertTrue(query.encode(SampleMessages.requests().get(2)).contains("%2B45%2070%2020%2030%2040"));
    }
}
