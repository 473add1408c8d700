package org.camelcsta.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the call log: one monitored device's part in one call.
 *
 * @param device         the monitored device
 * @param direction      {@code inbound} (the call came to the device) or {@code outbound} (the device placed it)
 * @param caller         the calling party
 * @param callee         the called party
 * @param callerName     the caller's display name, where the PBX knows it
 * @param start          when the call started ringing or was placed (ISO-8601, UTC)
 * @param answer         when it was answered, or {@code null}
 * @param end            when the device's part ended, or {@code null} (outcome {@code unfinished})
 * @param durationMillis from start to end
 * @param talkMillis     from answer to end; 0 when unanswered
 * @param outcome        {@code completed}, {@code unanswered}, {@code transferred}, {@code pickedUp} (answered at
 *                       another device), {@code endedUnseen} (it ended while the connection to the PBX was down: the
 *                       device's snapshot after the reconnect no longer had it; {@code end} is that snapshot's time,
 *                       the latest it can have ended) or {@code unfinished} (no end seen: the application stopped, or
 *                       no event came for {@code examples.call-log.max-idle})
 * @param cause          the PBX's cause of the end, e.g. {@code normalClearing}, {@code singleStepTransfer}
 * @param releasedBy     the party that hung up
 * @param callId         the device's leg, e.g. {@code SIP/hpbx-0000002a}
 * @param globalCallId   the same for every leg of one call
 */
@JsonPropertyOrder({ "device", "direction", "caller", "callee", "callerName", "start", "answer", "end", "durationMillis",
        "talkMillis", "outcome", "cause", "releasedBy", "callId", "globalCallId" })
public record CallLogEntry(
        String device,
        String direction,
        String caller,
        String callee,
        String callerName,
        String start,
        String answer,
        String end,
        Long durationMillis,
        long talkMillis,
        String outcome,
        String cause,
        String releasedBy,
        String callId,
        String globalCallId) {
}
