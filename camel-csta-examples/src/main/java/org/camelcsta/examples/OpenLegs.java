package org.camelcsta.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.protocol.model.SnapshotConnection;

/**
 * The call legs that the call log holds open: the aggregator's groups, one {@link CallLeg} per callID. After a
 * reconnect, a device's {@link MonitorSnapshot} says which calls it still has; an open leg of that device that is
 * not among them ended while the connection was down, unseen.
 */
final class OpenLegs {

    private final CamelContext context;
    private final MemoryAggregationRepository repository = new MemoryAggregationRepository();

    OpenLegs(CamelContext context) {
        this.context = context;
    }

    /** Where the aggregator keeps the open legs. */
    MemoryAggregationRepository repository() {
        return repository;
    }

    /**
     * The callIDs of the open legs of the snapshot's device that the snapshot no longer has; none when the snapshot
     * could not read the device's calls (then nothing is known to have ended).
     */
    List<String> endedUnseen(MonitorSnapshot snapshot) {
        if (snapshot.snapshotFailure() != null) {
            return List.of();
        }
        Set<String> current = snapshot.calls().stream().map(SnapshotConnection::callId).collect(Collectors.toSet());
        List<String> ended = new ArrayList<>();
        for (String callId : repository.getKeys()) {
            Exchange group = repository.get(context, callId);
            CallLeg leg = group == null ? null : group.getMessage().getBody(CallLeg.class);
            if (leg != null && snapshot.device().equals(leg.device()) && !current.contains(callId)) {
                ended.add(callId);
            }
        }
        return ended;
    }
}
