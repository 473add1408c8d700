package org.camelcsta.itests.faults;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.camelcsta.client.CstaConnectionException;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.client.CstaTimeoutException;

/** How the requests sent through faults ended, by kind of outcome. */
public final class RequestOutcomes {

    /** One request's end. */
    public enum Outcome {
        /** A positive response. */
        ANSWERED,
        /** A {@code CSTAErrorCode}. */
        REFUSED,
        /** No reply within {@code requestTimeout}. */
        TIMED_OUT,
        /** The connection failed or was lost. */
        CONNECTION_LOST,
        /** Any other failure: a defect. */
        OTHER,
        /** No outcome within {@code requestTimeout} and a margin: a defect. */
        HUNG
    }

    private static final int SAMPLES_KEPT = 10;

    private final Map<Outcome, LongAdder> counts = new EnumMap<>(Outcome.class);
    private final List<String> otherSamples = new ArrayList<>();

    public RequestOutcomes() {
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, new LongAdder());
        }
    }

    /** Records a request's failure by the first CSTA exception in its causes. */
    public void failed(Throwable failure) {
        Outcome outcome = classify(failure);
        counts.get(outcome).increment();
        if (outcome == Outcome.OTHER) {
            synchronized (otherSamples) {
                if (otherSamples.size() < SAMPLES_KEPT) {
                    otherSamples.add(failure.toString());
                }
            }
        }
    }

    public void record(Outcome outcome) {
        counts.get(outcome).increment();
    }

    public long count(Outcome outcome) {
        return counts.get(outcome).sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public List<String> otherSamples() {
        synchronized (otherSamples) {
            return List.copyOf(otherSamples);
        }
    }

    private static Outcome classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CstaTimeoutException) {
                return Outcome.TIMED_OUT;
            }
            if (cause instanceof CstaConnectionException) {
                return Outcome.CONNECTION_LOST;
            }
            if (cause instanceof CstaErrorException) {
                return Outcome.REFUSED;
            }
        }
        return Outcome.OTHER;
    }
}
