package org.camelcsta.simulator.transport.socketio;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;

import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.protocol.EngineIOVersion;
import com.corundumstudio.socketio.protocol.Packet;
import com.corundumstudio.socketio.protocol.PacketEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Fixes how netty-socketio 2.0.x packs the packets queued for a long-polling client into one poll answer.
 * <p>
 * <b>The bug that lost responses.</b> Engine.IO v4 joins the packets of a payload with a record separator
 * ({@code 0x1E}). Engine.IO v3's binary payload, which netty-socketio sends to every v3 poll without
 * {@code b64=1} (those of the Java socket.io client 1.x, for one), has none: each packet is framed as
 * {@code <0 or 1><length digits>0xFF<bytes>} and the next one starts right after. netty-socketio's {@link PacketEncoder#encodePackets} writes the
 * {@code 0x1E} between packets for v3 clients too. The client reads it as the first byte of a binary packet of
 * the length that follows, so the real packet after it arrives as an unknown binary packet and is dropped without
 * a word: of {@code [NOOP, StartApplicationSessionPosResponse, message]} in one answer, only the NOOP is seen, and
 * the request is never answered. An answer carries several packets whenever more than one was queued before the
 * client polled again: typically while it upgrades to the websocket (the NOOP answering the probe, a response
 * and its {@code message} twin) and the more often the busier the machine.
 * <p>
 * <b>A smaller one.</b> An answer takes at most {@code limit} (50) packets; netty-socketio takes the 51st off the
 * queue before it stops, and that packet is lost.
 * <p>
 * <b>The fix.</b> This encoder takes the packets off the queue one at a time, up to the limit, has netty-socketio
 * encode each alone (so it writes no separator), and writes the {@code 0x1E} between them for v4 clients only.
 */
final class PollingPayloadEncoder extends PacketEncoder {

    private static final int V4_SEPARATOR = 0x1E;

    PollingPayloadEncoder(Configuration configuration) {
        super(configuration, configuration.getJsonSupport());
    }

    @Override
    public void encodePackets(Queue<Packet> packets, ByteBuf buffer, ByteBufAllocator allocator, int limit)
            throws IOException {
        Queue<Packet> one = new ArrayDeque<>(1);
        for (int count = 0; count < limit; count++) {
            Packet packet = packets.poll();
            if (packet == null) {
                return;
            }
            if (count > 0 && EngineIOVersion.V4.equals(packet.getEngineIOVersion())) {
                buffer.writeByte(V4_SEPARATOR);
            }
            one.add(packet);
            super.encodePackets(one, buffer, allocator, 1);
        }
    }
}
