package org.camelcsta.itests;

/** The transport suite over xml. */
class XmlTransportTest extends TransportSuite {

    @Override
    protected String transport() {
        return "xml";
    }
}
