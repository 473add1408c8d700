package org.camelcsta.simulator.session;

import java.util.Locale;

import org.camelcsta.simulator.pbx.Dialect;

/**
 * Which API the simulator speaks to a connection: always one of them, or {@link #AUTO}, decided per connection by
 * what the client sends ({@link DialectDetector}).
 */
public enum DialectSetting {

    /** Per connection: 2020 until the client sends something only a current-API client sends. */
    AUTO(null),
    /** Always the 2020 API. */
    API_2020(Dialect.API_2020),
    /** Always the current API. */
    CURRENT(Dialect.CURRENT);

    private final Dialect fixed;

    DialectSetting(Dialect fixed) {
        this.fixed = fixed;
    }

    /** The dialect this setting fixes, or {@code null} for {@link #AUTO}. */
    Dialect fixed() {
        return fixed;
    }

    /**
     * Reads {@code auto}, {@code 2020} or {@code current} (any case).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static DialectSetting parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "2020" -> API_2020;
            case "current" -> CURRENT;
            default -> throw new IllegalArgumentException("dialect is auto, 2020 or current, not '" + text + "'");
        };
    }
}
