package org.camelcsta.benchmarks.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.camelcsta.benchmarks.responder.CannedReplies;
import org.camelcsta.benchmarks.responder.EventTemplate;
import org.camelcsta.protocol.codec.BaselineXmlCodec;
import org.camelcsta.protocol.codec.MessageBinder;
import org.camelcsta.protocol.codec.OutgoingMessage;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.CstaMessage;
import org.camelcsta.protocol.model.MakeCall;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.camelcsta.protocol.model.PrivateData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The XML codec alone, on one thread, no I/O: what a request and an event cost in the codec, whichever client
 * carries them. The bytes decoded are the benchmark responder's own (a MakeCallResponse echoing the requestID, a
 * DeliveredEvent of about 900 bytes), so that this is the codec work of the end-to-end benchmarks. The
 * {@code baseline} benchmarks do the same work on the codec before round two ({@link BaselineXmlCodec}). Run with
 * JMH's {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

    /** The request's benchmark that the run's {@code codec} part reports, beside its baseline's. */
    public static final String MAKE_CALL = "makeCall";
    /** The event ingestion path's share of the codec, reported beside its baseline's. */
    public static final String DELIVERED_EVENT = "deliveredEvent";
    /** {@link #makeCall} on the codec before round two. */
    public static final String BASELINE_MAKE_CALL = "baselineMakeCall";
    /** {@link #deliveredEvent} on the codec before round two. */
    public static final String BASELINE_DELIVERED_EVENT = "baselineDeliveredEvent";

    private final XmlCodec codec = new XmlCodec();
    private final BaselineXmlCodec baseline = new BaselineXmlCodec();
    private final MessageBinder binder = MessageBinder.standard();
    private OutgoingMessage request;
    private MakeCall requestWithId;
    private byte[] reply;
    private byte[] event;

    @Setup(Level.Trial)
    public void prepare() {
        // as the producer builds it, with the requestID the session sets as it is written
        request = new OutgoingMessage(new MakeCall("100", "200"), "4711", null, Map.of());
        // as the benchmark encoded the baseline's MakeCall when it recorded that codec's figures (11,488 B)
        requestWithId = new MakeCall("100", "200", "doNotPrompt", null, PrivateData.ofRequestId("4711"));
        reply = withoutNul(CannedReplies.reply(UnpooledByteBufAllocator.DEFAULT, "MakeCall", "4711", null));
        event = withoutNul(new EventTemplate("100", "bench-ref-1").frame(UnpooledByteBufAllocator.DEFAULT, 123_456));
    }

    /** A MakeCall written as the transport sends it, and its reply read and bound as the session reads it. */
    @Benchmark
    public void makeCall(Blackhole out) {
        out.consume(codec.encode(request));
        out.consume(binder.bind(codec.decodeGeneric(reply), MakeCallResponse.class));
    }

    /** The request half of {@link #makeCall}. */
    @Benchmark
    public byte[] encodeMakeCall() {
        return codec.encode(request);
    }

    /** The reply half of {@link #makeCall}. */
    @Benchmark
    public MakeCallResponse decodeMakeCallResponse() {
        return binder.bind(codec.decodeGeneric(reply), MakeCallResponse.class);
    }

    /**
     * A DeliveredEvent read and bound to its record, as a session does for every event (decoded on its I/O thread,
     * bound on an event thread).
     */
    @Benchmark
    public CstaMessage deliveredEvent() {
        return binder.bind(codec.decodeGeneric(event));
    }

    /** {@link #makeCall} as the codec before round two did it. */
    @Benchmark
    public void baselineMakeCall(Blackhole out) {
        out.consume(baseline.encode(requestWithId));
        out.consume(binder.bind(baseline.decodeGeneric(reply), MakeCallResponse.class));
    }

    /** {@link #deliveredEvent} as the codec before round two did it. */
    @Benchmark
    public CstaMessage baselineDeliveredEvent() {
        return binder.bind(baseline.decodeGeneric(event));
    }

    private static byte[] withoutNul(ByteBuf frame) {
        try {
            return ByteBufUtil.getBytes(frame, frame.readerIndex(), frame.readableBytes() - 1);
        } finally {
            frame.release();
        }
    }
}
