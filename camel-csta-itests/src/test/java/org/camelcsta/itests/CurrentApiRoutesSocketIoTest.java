package org.camelcsta.itests;

/** The current API's routes over socketio. */
class CurrentApiRoutesSocketIoTest extends CurrentApiRoutesSuite {

    @Override
    protected String transport() {
        return "socketio";
    }
}
