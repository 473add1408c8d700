package org.camelcsta.itests;

/** The transport suite over http. */
class HttpTransportTest extends TransportSuite {

    @Override
    protected String transport() {
        return "http";
    }
}
