package org.camelcsta.itests;

/** The transport suite over socketio. */
class SocketIoTransportTest extends TransportSuite {

    @Override
    protected String transport() {
        return "socketio";
    }
}
