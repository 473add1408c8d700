package org.camelcsta.simulator.pbx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PBX's queues by number. A queue is named as {@code 400} or as the current API's object
 * {@code q-12345678-400}. Its number must be no device.
 */
public final class QueueDirectory {

    private static final Pattern QUEUE_OBJECT = Pattern.compile("q-[^-]+-(.+)");

    private final Map<String, Queue> queues = new LinkedHashMap<>();

    /**
     * Adds a queue.
     *
     * @throws IllegalArgumentException where the number is taken or not digits
     */
    public void add(String number, String name, int serviceLevelSeconds) {
        if (number == null || !number.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("a queue number is digits, not '" + number + "'");
        }
        if (queues.containsKey(number)) {
            throw new IllegalArgumentException("queue " + number + " exists already");
        }
        queues.put(number, new Queue(number, name, serviceLevelSeconds));
    }

    public boolean isQueue(String number) {
        return number != null && queues.containsKey(number);
    }

    /** The queue numbers, in the order they were added. */
    public List<String> numbers() {
        return List.copyOf(queues.keySet());
    }

    /**
     * The queue a queue object names.
     *
     * @throws PbxException {@code operation: invalidDeviceID} where it is no queue of this PBX
     */
    Queue require(String queueObject) {
        if (queueObject == null || queueObject.isBlank()) {
            throw new PbxException("operation", "invalidDeviceID", "the queue is missing");
        }
        Queue queue = queues.get(numberOf(queueObject));
        if (queue == null) {
            throw new PbxException("operation", "invalidDeviceID", "queue " + queueObject
                    + " does not exist on this PBX");
        }
        return queue;
    }

    Queue get(String number) {
        return queues.get(number);
    }

    /** The queue number of {@code 400} or {@code q-12345678-400}. */
    static String numberOf(String queueObject) {
        Matcher matcher = QUEUE_OBJECT.matcher(queueObject.trim());
        return matcher.matches() ? matcher.group(1) : queueObject.trim();
    }
}
