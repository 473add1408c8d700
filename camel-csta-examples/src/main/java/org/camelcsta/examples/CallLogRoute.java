package org.camelcsta.examples;

import java.time.Instant;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.camelcsta.client.MonitorSnapshot;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.CallEvent;

/**
 * Route 5: the call log. The monitored devices' call events become one JSON line per finished call leg, appended
 * to {@code examples.call-log.file}:
 * <pre>
 * {"device":"131","direction":"inbound","caller":"55501234","callee":"131","callerName":"Alice","start":"...",
 *  "answer":"...","end":"...","durationMillis":1520,"talkMillis":1010,"outcome":"completed",
 *  "cause":"normalClearing","releasedBy":"131","callId":"SIP/hpbx-00000007","globalCallId":"..."}
 * </pre>
 * Each party of a call has its own leg with its own callID, and the PBX sends each monitored device the events of
 * its own leg, so the log has one line per device and call, as a phone's call list does; a call between two
 * monitored devices gives two lines, tied by {@code globalCallId}.
 * <p>
 * Camel's aggregator does the bookkeeping: it groups the events by callID (the header {@code CamelCstaCallId}) and
 * completes a group when its leg has ended ({@code ConnectionClearedEvent}). No line is lost: a leg with no event
 * for {@code examples.call-log.max-idle}, and every open leg when the application stops, is written as
 * {@code unfinished}; a line that cannot be written after retries is logged at error level, whole (see
 * {@link CallLogWriter}).
 * <p>
 * A leg that ends while the connection to the PBX is down sends no event the log could see. So the consumer asks for
 * a snapshot of each device whenever its monitor restarts ({@code monitorSnapshot=afterReconnect}): every leg the
 * log holds open for that device that the snapshot no longer has is written at once, as {@code endedUnseen}, instead
 * of hours later as {@code unfinished} (see {@link OpenLegs}).
 * <p>
 * On more than one instance ({@code examples.ha.mode}, see {@link HighAvailability}) every instance keeps the legs it
 * sees, and a claim in a database shared by the instances lets one of them write each leg's line, to the database's
 * table {@code call_log} in the claim's transaction.
 */
public class CallLogRoute extends RouteBuilder {

    private static final String SNAPSHOT = "callLogSnapshot";

    @Override
    public void configure() throws Exception {
        ExamplesSettings settings = new ExamplesSettings(getContext());
        CallLogWriter writer = new CallLogWriter(settings.callLogFile());

        // no error handler: when the application stops, the aggregator completes the open legs while Camel's
        // error handlers refuse new work already; the writer retries by itself instead
        errorHandler(noErrorHandler());

        OpenLegs openLegs = new OpenLegs(getContext());
        HighAvailability ha = HighAvailability.install(getContext(), settings, writer);

        from(ha.consumer("csta:monitor?devices={{examples.call-log.devices}}&monitorSnapshot=" + ha.monitorSnapshot()
             + "&eventTypes=DeliveredEvent,EstablishedEvent,ConnectionClearedEvent")).routeId("call-log")
                .choice()
                    .when(header(CstaConstants.EVENT_TYPE).isEqualTo(MonitorSnapshot.NAME))
                        // the monitor restarted: the device's open legs that it no longer has ended unseen
                        .setProperty(SNAPSHOT, body())
                        .split(method(openLegs, "endedUnseen"))
                            .setHeader(CstaConstants.CALL_ID, body())
                            .setBody(exchangeProperty(SNAPSHOT))
                            .to("direct:call-log-legs")
                        .end()
                    .endChoice()
                    .otherwise()
                        .to("direct:call-log-legs");

        from("direct:call-log-legs").routeId("call-log-legs")
                // one group per call leg; the strategy turns the leg's events into one CallLeg
                .aggregate(header(CstaConstants.CALL_ID), new CallLegAggregation())
                    .aggregationRepository(openLegs.repository())
                    .completionPredicate(exchange -> exchange.getMessage().getBody(CallLeg.class).ended())
                    .completionTimeout(settings.callLogMaxIdle().toMillis())
                    .forceCompletionOnStop()
                    .ignoreInvalidCorrelationKeys()
                    .process(exchange -> exchange.getMessage().setBody(
                            exchange.getMessage().getBody(CallLeg.class).toEntry(Instant.now())))
                    .doTry()
                        .to("direct:call-log-line")
                    .doCatch(Exception.class)
                        // the shared database is unreachable (active-active): the line is not lost from sight
                        .log(LoggingLevel.ERROR, "call-log",
                                "Cannot write the call log (${exception.message}); the line is: ${body}")
                    .end()
                .end();

        // one line per leg however many instances saw it (examples.ha.mode=active-active: the claim and the line
        // commit in one transaction)
        ha.transacted(from("direct:call-log-line").routeId("call-log-line"))
                .idempotentConsumer(simple("${body.device()}/${body.callId()}"), ha.lines())
                    // a failed line's claim rolls back with it; a removal outside the transaction could only remove
                    // a claim that did commit
                    .removeOnFailure(false)
                    .bean(ha.sink(), "append")
                    .log(LoggingLevel.INFO, "transcript", "[call-log] ${body}")
                .end();
    }

    /**
     * Collects a leg's events into one {@link CallLeg}, the body of the group's exchange; a snapshot that no longer has
     * the leg ends it.
     */
    static final class CallLegAggregation implements AggregationStrategy {

        @Override
        public Exchange aggregate(Exchange group, Exchange event) {
            Exchange result = group != null ? group : event;
            CallLeg leg = group != null ? group.getMessage().getBody(CallLeg.class)
                    : new CallLeg(event.getMessage().getHeader(CstaConstants.CALL_ID, String.class));
            // the time the event arrived: CSTA events carry no time of their own
            Instant at = Instant.ofEpochMilli(event.getClock().getCreated());
            if (event.getMessage().getBody() instanceof MonitorSnapshot) {
                leg.endedUnseen(at);
            } else {
                leg.add(event.getMessage().getBody(CallEvent.class), at);
            }
            result.getMessage().setBody(leg);
            return result;
        }
    }
}
