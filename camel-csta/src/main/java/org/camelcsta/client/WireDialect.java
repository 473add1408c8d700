package org.camelcsta.client;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the server spells the names of requests. The 2020 server reads {@code deviceId} and {@code SnapshotDevice}; the
 * current one, built on a case-sensitive XML binder, reads only {@code deviceID} and {@code SnapShotDevice}. Replies
 * and events are read in either spelling whatever the dialect.
 */
public enum WireDialect {

    /** The provider's 2020 API: the names of the seed documentation. */
    API_2020,
    /** The provider's current API (CSTA edition 6). */
    CURRENT;

    private static final Pattern EDITION = Pattern.compile("/ed(\\d+)\\b");
    /** The last edition of the 2020 server: ecma-323 ed3. */
    private static final int EDITION_2020 = 3;
    private static final Map<String, String> CURRENT_NAMES = Map.of("SnapshotDevice", "SnapShotDevice", "deviceId", "deviceID");

    /**
     * The dialect of a server by the {@code actualProtocolVersion} of its login reply: a CSTA edition after the 2020
     * server's ed3 (the current server answers ed6) is the current API; none, or one that names no edition, is 2020.
     */
    public static WireDialect ofProtocolVersion(String actualProtocolVersion) {
        if (actualProtocolVersion == null) {
            return API_2020;
        }
        Matcher edition = EDITION.matcher(actualProtocolVersion);
        return edition.find() && Integer.parseInt(edition.group(1)) > EDITION_2020 ? CURRENT : API_2020;
    }

    /**
     * Reads {@code auto} (as {@code null}: decided per session at login), {@code 2020} or {@code current}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static WireDialect parse(String setting) {
        return switch (setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "2020" -> API_2020;
            case "current" -> CURRENT;
            default -> throw new IllegalArgumentException("dialect is auto, 2020 or current, not '" + setting + "'");
        };
    }

    /**
     * The names that this dialect spells differently from the seed, as one map for message names and field names
     * alike ({@link org.camelcsta.protocol.codec.OutgoingMessage#spelling()}; no name is both): on the current server,
     * {@code SnapShotDevice}, and every {@code deviceId} (a leg's, a requesting device's) as {@code deviceID}.
     */
    public Map<String, String> spelling() {
        return this == API_2020 ? Map.of() : CURRENT_NAMES;
    }
}
