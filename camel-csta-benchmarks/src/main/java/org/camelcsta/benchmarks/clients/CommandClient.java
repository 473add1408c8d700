package org.camelcsta.benchmarks.clients;

/**
 * One way of placing a call through the responder and reading the reply's callID: the thing whose
 * throughput and latency the benchmarks compare. Implementations are thread-safe.
 */
public interface CommandClient extends AutoCloseable {

    /** Sends one MakeCall, waits for its reply and returns the callID read from it. */
    String makeCall() throws Exception;

    @Override
    void close() throws Exception;
}
