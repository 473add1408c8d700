package org.camelcsta.simulator;

import org.camelcsta.simulator.client.CstaTestClient;
import org.camelcsta.simulator.client.SocketIoTestClient;

/** The provider's scenarios over socket.io/JSON with the Java socket.io client (Engine.IO v3). */
class SocketIoSeedScenariosTest extends SeedScenariosContract {

    @Override
    CstaTestClient connect() {
        return new SocketIoTestClient(sim.socketIoPort());
    }
}
