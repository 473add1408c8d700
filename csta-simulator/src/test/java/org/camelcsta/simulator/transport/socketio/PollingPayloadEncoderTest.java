package org.camelcsta.simulator.transport.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.JacksonJsonSupport;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketEncoder;
import com.corundumstudio.socketio.protocol.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.socket.engineio.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Poll answers with several packets, read as an Engine.IO v3 client that takes binary payloads (the Java socket.io
 * client 1.x) reads them, with its own parser.
 */
class PollingPayloadEncoderTest {

    private static final Configuration CONFIGURATION = new Configuration();
    private static final int LIMIT = 50; // what netty-socketio asks for

    static {
        CONFIGURATION.setJsonSupport(new JacksonJsonSupport());
    }

    private final PacketEncoder encoder = new PollingPayloadEncoder(CONFIGURATION);

    @Test
    void theJavaClientReadsEveryPacketOfAV3Answer() throws IOException {
        Queue<Packet> queue = loginWhileUpgrading(EngineIOVersion.V3);

        List<String> read = readByJavaClient(encode(encoder, queue, LIMIT));

        assertEquals(List.of("noop", "message 2[\"StartApplicationSessionPosResponse\",{\"sessionID\":\"s1\"}]",
                "message 2[\"message\",{\"sessionID\":\"s1\"}]"), read);
        assertEquals(0, queue.size());
    }

    @Test
    void nettySocketiosOwnEncoderLosesThePacketsAfterTheFirst() throws IOException {
        PacketEncoder own = new PacketEncoder(CONFIGURATION, CONFIGURATION.getJsonSupport());

        List<String> read = readByJavaClient(encode(own, loginWhileUpgrading(EngineIOVersion.V3), LIMIT));

        // each 0x1E it writes is read as the start of a binary packet that swallows the real packet after it;
        // should this fail after an upgrade of netty-socketio, PollingPayloadEncoder may no longer be needed
        assertEquals(List.of("noop", "null", "null"), read);
    }

    @Test
    void aV4AnswerKeepsItsSeparators() throws IOException {
        byte[] payload = encode(encoder, loginWhileUpgrading(EngineIOVersion.V4), LIMIT);

        assertEquals("6\u001e42[\"StartApplicationSessionPosResponse\",{\"sessionID\":\"s1\"}]"
                + "\u001e42[\"message\",{\"sessionID\":\"s1\"}]", new String(payload, StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerTakesNoMoreThanTheLimitAndLosesNothingBeyondIt() throws IOException {
        for (EngineIOVersion version : List.of(EngineIOVersion.V3, EngineIOVersion.V4)) {
            Queue<Packet> queue = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < LIMIT + 10; i++) {
                queue.add(event(version, "message"));
            }

            byte[] payload = encode(encoder, queue, LIMIT);

            assertEquals(10, queue.size(), version.name());
            if (version == EngineIOVersion.V3) {
                assertEquals(LIMIT, readByJavaClient(payload).size());
            } else {
                assertEquals(LIMIT, new String(payload, StandardCharsets.UTF_8).split("\u001e").length);
            }
        }
    }

    /** What a login while upgrading leaves queued: the probe's NOOP, the response, and its twin. */
    private static Queue<Packet> loginWhileUpgrading(EngineIOVersion version) {
        Queue<Packet> queue = new ConcurrentLinkedQueue<>();
        queue.add(new Packet(PacketType.NOOP, version));
        queue.add(event(version, "StartApplicationSessionPosResponse"));
        queue.add(event(version, "message"));
        return queue;
    }

    private static Packet event(EngineIOVersion version, String name) {
        Packet packet = new Packet(PacketType.MESSAGE, version);
        packet.setSubType(PacketType.EVENT);
        packet.setNsp("");
        packet.setName(name);
        packet.setData(List.of(Map.of("sessionID", "s1")));
        return packet;
    }

    private static byte[] encode(PacketEncoder encoder, Queue<Packet> queue, int limit) throws IOException {
        ByteBuf out = UnpooledByteBufAllocator.DEFAULT.heapBuffer();
        try {
            encoder.encodePackets(queue, out, UnpooledByteBufAllocator.DEFAULT, limit);
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }

    /** The packets as engine.io-client-java reads a binary payload: type, then the data if it is text. */
    private static List<String> readByJavaClient(byte[] payload) {
        List<String> read = new ArrayList<>();
        Parser.decodePayload(payload, (packet, index, total) -> {
            read.add(packet.data instanceof String text ? packet.type + " " + text : String.valueOf(packet.type));
            return true;
        });
        return read;
    }
}
