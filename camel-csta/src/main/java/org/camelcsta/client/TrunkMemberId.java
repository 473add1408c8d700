package org.camelcsta.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The current server's id of a user or a queue of a trunk: {@code u-12345678-200}, {@code q-12345678-400}. The
 * trunk's own monitor ({@code t-12345678}) brings its events too, and the server monitors the bare number
 * ({@code 200}) under it.
 *
 * @param trunk  the trunk, {@code 12345678}
 * @param number the user's extension or the queue's number, {@code 200}
 */
record TrunkMemberId(String trunk, String number) {

    private static final Pattern FORM = Pattern.compile("[uq]-([^-]+)-(.+)");

    /** The parts of an id, or {@code null} for any other id (a trunk's, or a 2020 one such as {@code 200-1690000000}). */
    static TrunkMemberId parse(String crossRef) {
        Matcher id = FORM.matcher(crossRef);
        return id.matches() ? new TrunkMemberId(id.group(1), id.group(2)) : null;
    }

    /** The id of the trunk's monitor, which brings this member's events too: {@code t-12345678}. */
    String trunkMonitorId() {
        return MonitorRegistry.TRUNK_PREFIX + trunk;
    }
}
