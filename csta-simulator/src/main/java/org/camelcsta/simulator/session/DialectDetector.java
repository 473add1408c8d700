package org.camelcsta.simulator.session;

import java.util.Set;
import java.util.regex.Pattern;

import org.camelcsta.protocol.model.GenericMessage;
import org.camelcsta.simulator.pbx.Dialect;

/**
 * The dialect of one connection. With {@link DialectSetting#AUTO} it is the 2020 API until the client's first
 * request that only one of the two APIs has; that request fixes it for the connection:
 * <ul>
 * <li>current: {@code MonitorTrunk}; the spelling {@code SnapShotDevice}; a {@code MonitorStart} or snapshot of
 * a {@code u-}, {@code q-} or {@code t-} object; a request only the current API has (TransferCall, ReconnectCall,
 * DeflectCall, GenerateDigits, the Get/Set state requests);</li>
 * <li>2020: the spelling {@code SnapshotDevice}; a device object {@code 123@domain}.</li>
 * </ul>
 * A bare {@code MonitorStart 200} and the call requests both APIs share reveal nothing. Neither does the
 * {@code deviceID} spelling, which 2020 clients send too. Used on the PBX thread only.
 */
final class DialectDetector {

    private static final Pattern CURRENT_OBJECT = Pattern.compile("[uqt]-.+");
    private static final Set<String> CURRENT_ONLY = Set.of("MonitorTrunk", "SnapShotDevice", "TransferCall",
            "ReconnectCall", "DeflectCall", "GenerateDigits", "GetDoNotDisturb", "SetDoNotDisturb", "GetForwarding",
            "SetForwarding", "GetCallProfile", "SetCallProfile", "GetQueue", "GetQueueMember", "SetQueueMember");

    private final DialectSetting setting;
    private Dialect dialect;
    private boolean decided;

    DialectDetector(DialectSetting setting) {
        this.setting = setting;
        this.dialect = setting.fixed() != null ? setting.fixed() : Dialect.API_2020;
        this.decided = setting.fixed() != null;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Reads a request for a sign of its dialect, before it is answered. */
    void observe(GenericMessage request) {
        if (decided) {
            return;
        }
        Dialect revealed = revealedBy(request);
        if (revealed != null) {
            dialect = revealed;
            decided = true;
        }
    }

    /** The dialect a request reveals, or {@code null}. Also used for HTTP GET, one request at a time. */
    static Dialect revealedBy(GenericMessage request) {
        String name = request.name();
        if (name.equals("SnapshotDevice")) {
            return Dialect.API_2020;
        }
        if (CURRENT_ONLY.contains(name)) {
            return Dialect.CURRENT;
        }
        String object = switch (name) {
            case "MonitorStart" -> request.text("monitorObject", "deviceObject");
            default -> null;
        };
        if (object == null) {
            return null;
        }
        if (CURRENT_OBJECT.matcher(object.trim()).matches()) {
            return Dialect.CURRENT;
        }
        return object.indexOf('@') > 0 ? Dialect.API_2020 : null;
    }
}
