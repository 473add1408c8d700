package org.camelcsta.protocol.model;

/**
 * Lists a device's current calls. Also read under the name {@code SnapShotDevice}.
 *
 * @param snapshotObject {@code 123@12345678.pbx.one-connect.dk}, {@code u-<trunk>-<ext>}, {@code t-<trunk>} or
 *                       {@code q-<trunk>-<queue>}
 * @param test           TEST mode, or {@code null}
 * @param privateData    {@code privateData}, or {@code null}
 */
public record SnapshotDevice(String snapshotObject, String test, PrivateData privateData) implements CstaRequest {

    public SnapshotDevice(String snapshotObject) {
        this(snapshotObject, null, null);
    }

    @Override
    public void validate() {
        RequiredFields.of(messageName()).require("snapshotObject", snapshotObject).check();
    }
}
