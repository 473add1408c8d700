package org.camelcsta.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends call log lines to a file, one JSON object per line (JSON Lines), written by Jackson. Each line is one write
 * in append mode, so a line is whole or absent, and concurrent appends (the route's thread, the aggregator's
 * time-out thread) never interleave. A line that cannot be written after a few attempts (disk full, no permission)
 * is logged at error level, whole, instead of being lost.
 */
public final class CallLogWriter implements CallLogSink {

    private static final Logger LOG = LoggerFactory.getLogger(CallLogWriter.class);

    private final Path file;
    private final int attempts;
    private final Duration retryDelay;
    private final ObjectMapper mapper = new ObjectMapper();

    public CallLogWriter(Path file) {
        this(file, 3, Duration.ofMillis(200));
    }

    CallLogWriter(Path file, int attempts, Duration retryDelay) {
        this.file = file;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
    }

    /**
     * Appends the entry as one line.
     *
     * @return the line, without its line break
     */
    @Override
    public synchronized String append(CallLogEntry entry) throws JsonProcessingException {
        String json = mapper.writeValueAsString(entry);
        byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1;; attempt++) {
            try {
                Path parent = file.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                return json;
            } catch (IOException e) {
                if (attempt >= attempts) {
                    LOG.error("Cannot write the call log {} ({}); the line is: {}", file, e, json);
                    return json;
                }
                LOG.warn("Cannot write the call log {} ({}); trying again", file, e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path file() {
        return file;
    }
}
