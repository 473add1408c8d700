package org.camelcsta.protocol.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The monitor runs; its events carry {@code monitorCrossRefID}.
 *
 * @param monitorCrossRefId {@code monitorCrossRefID}, e.g. {@code 123-1444294019863}
 * @param privateData       {@code privateData}, or {@code null}
 */
public record MonitorStartResponse(@JsonProperty("monitorCrossRefID") String monitorCrossRefId,
        PrivateData privateData) implements CstaResponse {
}
