package org.camelcsta.itests.faults;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camelcsta.protocol.CstaDecodeException;
import org.camelcsta.protocol.codec.XmlCodec;
import org.camelcsta.protocol.model.GenericMessage;

/**
 * Counts the requests that reached the server whole, by {@code requestID}, to find any sent twice. The
 * component's ids are a prefix and a counter, kept as bits so that millions of them fit in little memory.
 */
public final class RequestLedger implements Consumer<byte[]> {

    private static final int DUPLICATES_KEPT = 20;

    private final XmlCodec codec = new XmlCodec();
    private final Map<String, BitSet> countersByPrefix = new HashMap<>();
    private final Set<String> otherIds = new HashSet<>();
    private final List<String> duplicates = new ArrayList<>();
    private long requests;
    private long duplicateCount;
    private long withoutId;

    @Override
    public synchronized void accept(byte[] frame) {
        GenericMessage message;
        try {
            message = codec.decodeGeneric(frame);
        } catch (CstaDecodeException e) {
            return; // the component never writes one; a blank frame between messages
        }
        requests++;
        String id = message.requestId();
        if (id == null) {
            withoutId++;
        } else if (!firstSight(id)) {
            duplicateCount++;
            if (duplicates.size() < DUPLICATES_KEPT) {
                duplicates.add(message.name() + " " + id);
            }
        }
    }

    private boolean firstSight(String id) {
        int dash = id.lastIndexOf('-');
        if (dash > 0 && dash < id.length() - 1 && id.substring(dash + 1).chars().allMatch(Character::isDigit)
            && id.length() - dash < 10) {
            BitSet seen = countersByPrefix.computeIfAbsent(id.substring(0, dash), prefix -> new BitSet());
            int counter = Integer.parseInt(id.substring(dash + 1));
            boolean first = !seen.get(counter);
            seen.set(counter);
            return first;
        }
        return otherIds.add(id);
    }

    /** Requests that reached the server whole. */
    public synchronized long requests() {
        return requests;
    }

    /** Requests whose id had reached the server before. */
    public synchronized long duplicates() {
        return duplicateCount;
    }

    /** Requests without a {@code requestID}. */
    public synchronized long withoutId() {
        return withoutId;
    }

    /** The first duplicates, as message name and id. */
    public synchronized List<String> duplicateSamples() {
        return List.copyOf(duplicates);
    }
}
