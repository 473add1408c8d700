package org.camelcsta.itests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelcsta.component.CstaConfiguration;
import org.camelcsta.simulator.CstaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The socket.io library logs through java.util.logging, at FINE every packet it writes and reads: with its debug
 * lines on (a JUL bridge makes them DEBUG), none of them shows the login's password.
 */
class SocketIoLibraryLogSecrecyTest extends SimulatorTestSupport {

    private static final String SECRET = "Pa55-w0rd-QZX";
    /** Held so that their levels stay set while the test runs. */
    private static final List<Logger> LIBRARY = List.of(Logger.getLogger("io.socket"),
            Logger.getLogger("io.socket.parser.IOParser"), Logger.getLogger("io.socket.client.Manager"),
            Logger.getLogger("io.socket.client.Socket"), Logger.getLogger("io.socket.engineio.client.Socket"));

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLoggerName() + ": " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    protected CstaSimulator.Builder simulatorBuilder() {
        return super.simulatorBuilder().user("secret@mydomain", SECRET, DOMAIN);
    }

    @Override
    protected void configure(CstaConfiguration configuration) {
        super.configure(configuration);
        configuration.setTransport("socketio");
        configuration.setPort(simulator.socketIoPort());
        configuration.setUsername("secret@mydomain");
        configuration.setPassword(SECRET);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("csta:makeCall?callingDevice=161&calledDirectoryNumber=160").to("mock:done");
            }
        };
    }

    /** Capturing starts before the routes do, so that the login is among the lines. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        captureTheLibrarysDebugLines();
        return super.createCamelContext();
    }

    private void captureTheLibrarysDebugLines() {
        capture.setLevel(Level.ALL);
        LIBRARY.forEach(logger -> logger.setLevel(Level.ALL));
        LIBRARY.get(0).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        LIBRARY.get(0).removeHandler(capture);
        LIBRARY.forEach(logger -> logger.setLevel(null));
    }

    @Test
    void theLibrarysDebugLinesShowNoPassword() throws Exception {
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);
        template.sendBody("direct:call", null);
        done.assertIsSatisfied();

        // the library's debug lines were captured: the lines are there to be searched
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("io.socket.")), lines::toString);
        for (String line : lines) {
            assertFalse(line.contains(SECRET), "a line of the socket.io library shows the password: " + line);
        }
    }
}
