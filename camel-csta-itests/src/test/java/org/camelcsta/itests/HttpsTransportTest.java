package org.camelcsta.itests;

/** The transport suite over https. */
class HttpsTransportTest extends TransportSuite {

    @Override
    protected String transport() {
        return "https";
    }
}
