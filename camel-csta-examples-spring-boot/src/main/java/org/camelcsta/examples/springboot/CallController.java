package org.camelcsta.examples.springboot;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.camelcsta.client.CstaErrorException;
import org.camelcsta.component.CstaConstants;
import org.camelcsta.protocol.model.MakeCallResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /calls {"from": "150", "to": "4570203041"}} places a call and answers its callId; a call the PBX
 * refuses is a 422 with its reason. {@code GET /calls} is the call log.
 */
@RestController
public class CallController {

    /** The body of POST /calls. */
    public record CallRequest(String from, String to) {
    }

    private final ProducerTemplate calls;
    private final CallLog callLog;

    public CallController(ProducerTemplate calls, CallLog callLog) {
        this.calls = calls;
        this.callLog = callLog;
    }

    @PostMapping("/calls")
    public ResponseEntity<Map<String, String>> call(@RequestBody CallRequest request) {
        if (request.from() == null || request.to() == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "from and to are required"));
        }
        try {
            MakeCallResponse response = calls.requestBodyAndHeaders("direct:click-to-call", null,
                    Map.of(CstaConstants.CALLING_DEVICE, request.from(), CstaConstants.CALLED_DIRECTORY_NUMBER, request.to()),
                    MakeCallResponse.class);
            return ResponseEntity.ok(Map.of("callId", response.callingDevice().callId()));
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof CstaErrorException refused) {
                return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of("error", refused.getMessage()));
            }
            throw e;
        }
    }

    @GetMapping("/calls")
    public List<CallLog.Entry> callLog() {
        return callLog.entries();
    }
}
