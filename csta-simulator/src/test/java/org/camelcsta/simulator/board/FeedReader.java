package org.camelcsta.simulator.board;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads the board's server-sent events in the background, as a browser's EventSource would. */
final class FeedReader implements AutoCloseable {

    /** One event: its type and its data. */
    record Event(String type, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    FeedReader(HttpClient http, int port) throws Exception {
        response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/board/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "board-feed-reader");
        reader.setDaemon(true);
        reader.start();
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    List<Event> events() {
        return events;
    }

    /** Whether an event of this type arrived whose data contains the text. */
    boolean saw(String type, String text) {
        return events.stream().anyMatch(event -> event.type().equals(type) && event.data().contains(text));
    }

    private void read() {
        String[] type = { "message" };
        try {
            response.body().forEach(line -> {
                if (line.startsWith("event: ")) {
                    type[0] = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    events.add(new Event(type[0], line.substring("data: ".length())));
                    type[0] = "message";
                }
            });
        } catch (RuntimeException closed) {
            // the simulator stopped or the test closed the stream
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
