package org.camelcsta.simulator.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The board's page, style sheet and script, read from the jar once. */
final class BoardAssets {

    /**
     * One file.
     *
     * @param contentType its media type
     * @param bytes       its content
     */
    record Asset(String contentType, byte[] bytes) {
    }

    /** A file on the class path, next to this class. */
    private record Source(String name, String contentType) {
    }

    /** The URL path of each file. */
    private static final Map<String, Source> FILES = Map.of(
            "/", new Source("index.html", "text/html; charset=UTF-8"),
            "/board.css", new Source("board.css", "text/css; charset=UTF-8"),
            "/board.js", new Source("board.js", "text/javascript; charset=UTF-8"));

    private final Map<String, Asset> assets;

    private BoardAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    /** Reads every file; a missing one is a packaging error. */
    static BoardAssets load() {
        Map<String, Asset> loaded = new HashMap<>();
        FILES.forEach((path, source) -> loaded.put(path, new Asset(source.contentType(), read(source.name()))));
        return new BoardAssets(Map.copyOf(loaded));
    }

    /** The file served at a URL path, or {@code null}. */
    Asset at(String path) {
        return assets.get(path);
    }

    private static byte[] read(String name) {
        try (InputStream in = BoardAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the board's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
