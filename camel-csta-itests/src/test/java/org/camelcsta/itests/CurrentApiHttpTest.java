package org.camelcsta.itests;

import java.util.List;
import java.util.Map;

import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.GetQueueMemberResponse;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.LegState;
import org.camelcsta.simulator.SimulatedCall;
import org.junit.jupiter.api.Test;

import static org.camelcsta.itests.CurrentApiSupport.QUEUE;
import static org.camelcsta.itests.CurrentApiSupport.QUEUE_NAME;
import static org.camelcsta.itests.CurrentApiSupport.answeredCall;
import static org.camelcsta.itests.CurrentApiSupport.leg;
import static org.camelcsta.itests.CurrentApiSupport.legOf;
import static org.camelcsta.itests.CurrentApiSupport.refusal;
import static org.camelcsta.itests.CurrentApiSupport.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Some of the current API's operations over HTTP GET, which has no session and so no events: the state read back. */
class CurrentApiHttpTest extends SimulatorTestSupport {

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return CurrentApiSupport.current(super.simulatorBuilder());
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport("http");
        configuration.setPort(simulator.httpPort());
        configuration.setDialect("current");
    }

    @Test
    void doNotDisturbSetAndReadBack() {
        reply(template, "csta:setDoNotDisturb?device=150&doNotDisturbOn=true", Map.of());
        assertTrue(simulator.doNotDisturb("150"));
        assertEquals(true, reply(template, "csta:getDoNotDisturb?device=150", Map.of()).getMessage()
                .getHeader(CstaConstants.REPLY_DO_NOT_DISTURB_ON));
    }

    @Test
    void anAgentSignsIntoTheQueue() {
        reply(template, "csta:setQueueMember?device=" + QUEUE + "&agentDN=151&activateAgent=true&activateSip=true"
                + "&activateMobile=false&activateSkype=false&agentPosition=1", Map.of());
        assertEquals(List.of("151"), simulator.queueAgentsTakingCalls(QUEUE));
        assertEquals("151", template.requestBody("csta:getQueueMember?device=" + QUEUE, null,
                GetQueueMemberResponse.class).memberList().memberListItem().get(0).agentDn());
        assertEquals(QUEUE_NAME, reply(template, "csta:getQueue?device=" + QUEUE, Map.of()).getMessage()
                .getHeader(CstaConstants.QUEUE_NAME));
    }

    @Test
    void holdAndRetrieveACall() {
        SimulatedCall call = answeredCall(simulator, "44556670", "152");
        reply(template, "csta:holdCall", leg(call.callId("152"), "152"));
        assertEquals(LegState.HELD, legOf(simulator, "152").state());
        reply(template, "csta:retrieveCall", leg(call.callId("152"), "152"));
        assertEquals(LegState.CONNECTED, legOf(simulator, "152").state());
        assertEquals("stateIncompatibility", refusal(template, "csta:retrieveCall", leg(call.callId("152"), "152"))
                .getCategory());
    }
}
