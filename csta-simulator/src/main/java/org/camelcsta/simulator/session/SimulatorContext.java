package org.camelcsta.simulator.session;

import java.time.Duration;

import org.camelcsta.simulator.access.AddressAllowList;
import org.camelcsta.simulator.access.Authenticator;
import org.camelcsta.simulator.pbx.CallModel;
import org.camelcsta.simulator.pbx.MonitorRegistry;
import org.camelcsta.simulator.pbx.PbxExecutor;

/**
 * What every transport and session of one running simulator shares.
 *
 * @param executor           the PBX thread
 * @param model              the calls
 * @param monitors           the monitors
 * @param processor          executes commands
 * @param authenticator      the accepted logins
 * @param allowList          the client addresses allowed
 * @param faults             the injected faults
 * @param sessions           the connected clients
 * @param maxSessionDuration the cap of {@code actualSessionDuration}
 * @param traffic            observes the messages the sessions receive and send
 * @param dialect            which API the simulator speaks to each connection
 */
public record SimulatorContext(
        PbxExecutor executor,
        CallModel model,
        MonitorRegistry monitors,
        CommandProcessor processor,
        Authenticator authenticator,
        AddressAllowList allowList,
        FaultSettings faults,
        SessionRegistry sessions,
        Duration maxSessionDuration,
        TrafficListener traffic,
        DialectSetting dialect) {
}
