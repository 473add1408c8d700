package org.camelcsta.protocol.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A device's current calls. Also read under the name {@code SnapShotDeviceResponse}.
 *
 * @param serviceCrossRefId {@code serviceCrossRefID}
 * @param snapshotData      the connections
 * @param privateData       {@code privateData}, or {@code null}
 */
public record SnapshotDeviceResponse(
        @JsonProperty("serviceCrossRefID") String serviceCrossRefId,
        SnapshotData snapshotData,
        PrivateData privateData) implements CstaResponse {

    /** The device's connections, empty where there are none. */
    public List<SnapshotConnection> connections() {
        if (snapshotData == null || snapshotData.snapshotDeviceResponseInfo() == null) {
            return List.of();
        }
        return snapshotData.snapshotDeviceResponseInfo().connectionIdentifier();
    }

    /** @param snapshotDeviceResponseInfo the device's connections */
    public record SnapshotData(SnapshotDeviceResponseInfo snapshotDeviceResponseInfo) {
    }

    /** @param connectionIdentifier one entry per connection of the device, never {@code null} */
    public record SnapshotDeviceResponseInfo(List<SnapshotConnection> connectionIdentifier) {

        public SnapshotDeviceResponseInfo {
            connectionIdentifier = connectionIdentifier == null ? List.of() : List.copyOf(connectionIdentifier);
        }
    }
}
