package org.camelcsta.simulator.control;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpMethod;
import org.camelcsta.simulator.CstaSimulator;
import org.camelcsta.simulator.DeviceSettings.ForwardingRule;
import org.camelcsta.simulator.control.ControlRoutes.WrongMethod;

/**
 * What a device's phone sets, read and changed as the phone would (each change sends its event to the device's
 * monitors):
 * <pre>
 * GET  /devices/{device}/dnd           {"device": "130", "doNotDisturb": false}
 * PUT  /devices/{device}/dnd           {"on": true|false}
 * GET  /devices/{device}/forwarding    {"device": "130", "forwarding": [{"type", "on", "target", "ringDurationSeconds"}]}
 * PUT  /devices/{device}/forwarding    {"type": "forwardNoAns", "target": "131", "ringDurationSeconds": 20};
 *                                      a missing or null target turns that type off
 * </pre>
 */
final class DeviceSettingRoutes {

    private final CstaSimulator simulator;
    private final ObjectMapper mapper;

    DeviceSettingRoutes(CstaSimulator simulator, ObjectMapper mapper) {
        this.simulator = simulator;
        this.mapper = mapper;
    }

    /** @param setting {@code dnd} or {@code forwarding} */
    ControlReply route(HttpMethod method, String path, String device, String setting, byte[] body) {
        boolean dnd = setting.equals("dnd");
        if (method.equals(HttpMethod.PUT)) {
            RequestBody request = RequestBody.parse(mapper, body);
            if (dnd) {
                simulator.doNotDisturb(device, request.requiredBoolean("on"));
            } else {
                String type = request.requiredText("type");
                String target = request.optionalText("target");
                Integer ringDuration = request.optionalSeconds("ringDurationSeconds");
                simulator.forwarding(device, type, target, ringDuration);
            }
        } else if (!method.equals(HttpMethod.GET)) {
            throw new WrongMethod("GET or PUT " + path);
        }
        return ControlReply.ok(dnd ? doNotDisturb(device) : forwarding(device));
    }

    private DoNotDisturb doNotDisturb(String device) {
        return new DoNotDisturb(device, simulator.doNotDisturb(device));
    }

    private Forwarding forwarding(String device) {
        return new Forwarding(device, simulator.deviceSettings(device).forwarding());
    }

    /** A device's do-not-disturb, as the reply writes it. */
    record DoNotDisturb(String device, boolean doNotDisturb) {
    }

    /** A device's forwarding rules, as the reply writes them. */
    record Forwarding(String device, List<ForwardingRule> forwarding) {
    }
}
