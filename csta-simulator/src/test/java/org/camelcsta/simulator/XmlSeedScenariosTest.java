package org.camelcsta.simulator;

import org.camelcsta.simulator.client.CstaTestClient;
import org.camelcsta.simulator.client.XmlSocketClient;

/** The provider's scenarios over TCP/XML with a plain socket client. */
class XmlSeedScenariosTest extends SeedScenariosContract {

    @Override
    CstaTestClient connect() {
        return new XmlSocketClient(sim.xmlPort());
    }
}
